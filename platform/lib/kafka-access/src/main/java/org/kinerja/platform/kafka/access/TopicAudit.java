package org.kinerja.platform.kafka.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.kinerja.contracts.Topics;

/**
 * Compares the topics on a broker with the plan: a topic missing, or with weaker settings than planned (a shorter
 * retention, another cleanup policy, fewer in-sync replicas required, fewer replicas or partitions), is a finding. A
 * retention longer than planned is not (keeping more is never a loss). {@code kinerja-kafka check} prints the findings
 * and {@code kinerja-kafka provision} fixes the settings; every service audits the topics it uses at start-up.
 */
public final class TopicAudit {

    /** One way a topic falls short of its plan. */
    public record Finding(String topic, String setting, String planned, String actual) {
        @Override
        public String toString() {
            return topic + ": " + setting + " is " + actual + ", planned " + planned;
        }
    }

    /** What a topic is on the broker: its partitions, the replicas of its first partition, its settings. */
    public record Observed(int partitions, int replicas, Map<String, String> configs) {
    }

    private TopicAudit() {
    }

    /**
     * The findings for the planned topics as the broker has them ({@code existing}: the topics it has, as the caller
     * listed them; DescribeConfigs on each topic is needed).
     */
    public static List<Finding> audit(Admin admin, Set<String> existing, List<TopicPlan.TopicSpec> planned,
            short replicas) {
        List<Finding> findings = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (TopicPlan.TopicSpec spec : planned) {
            if (existing.contains(spec.name())) {
                present.add(spec.name());
            } else {
                findings.add(new Finding(spec.name(), "existence", "present", "missing"));
            }
        }
        if (present.isEmpty()) {
            return findings;
        }
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(present).allTopicNames());
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(present.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all());
        for (TopicPlan.TopicSpec spec : planned) {
            TopicDescription description = descriptions.get(spec.name());
            if (description == null) {
                continue;
            }
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
            Map<String, String> values = new LinkedHashMap<>();
            for (ConfigEntry entry : config.entries()) {
                values.put(entry.name(), entry.value());
            }
            findings.addAll(compare(spec, replicas, new Observed(description.partitions().size(),
                    description.partitions().get(0).replicas().size(), values)));
        }
        return findings;
    }

    /** How one observed topic falls short of its spec. */
    public static List<Finding> compare(TopicPlan.TopicSpec spec, short plannedReplicas, Observed observed) {
        List<Finding> findings = new ArrayList<>();
        if (observed.partitions() < spec.partitions()) {
            findings.add(new Finding(spec.name(), "partitions", String.valueOf(spec.partitions()),
                    String.valueOf(observed.partitions())));
        }
        if (observed.replicas() < plannedReplicas) {
            findings.add(new Finding(spec.name(), "replication factor", String.valueOf(plannedReplicas),
                    String.valueOf(observed.replicas())));
        }
        for (Map.Entry<String, String> planned : spec.configs().entrySet()) {
            String actual = observed.configs().get(planned.getKey());
            if (weaker(planned.getKey(), planned.getValue(), actual)) {
                findings.add(new Finding(spec.name(), planned.getKey(), planned.getValue(), String.valueOf(actual)));
            }
        }
        return findings;
    }

    private static boolean weaker(String setting, String planned, String actual) {
        if (actual == null) {
            return true;
        }
        return switch (setting) {
            case TopicConfig.RETENTION_MS_CONFIG, TopicConfig.RETENTION_BYTES_CONFIG ->
                    shorter(Long.parseLong(planned), Long.parseLong(actual));
            case TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG -> Integer.parseInt(actual) < Integer.parseInt(planned);
            default -> !planned.equals(actual);
        };
    }

    /** -1 is "for ever": anything else is shorter than it. */
    private static boolean shorter(long planned, long actual) {
        if (actual < 0) {
            return false;
        }
        return planned < 0 || actual < planned;
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("auditing topics failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("auditing topics timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The planned topics a service uses: those it writes and reads, their DLTs, and its agency families' topics. */
    public static List<TopicPlan.TopicSpec> usedBy(ServiceAccess service, TopicPlan plan, Collection<String> onBroker) {
        Set<String> names = new java.util.HashSet<>(service.writes());
        for (String topic : service.reads()) {
            names.add(topic);
            names.add(Topics.deadLetter(topic));
        }
        List<TopicPlan.TopicSpec> specs = new ArrayList<>(plan.platformTopics().stream()
                .filter(spec -> names.contains(spec.name())).toList());
        specs.addAll(plan.agencyTopicsAmong(onBroker, service.agencyFamilies()));
        return specs;
    }
}
