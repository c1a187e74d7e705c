package org.kinerja.platform.kafka.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.TopicConfig;
import org.kinerja.contracts.RetentionPolicy;
import org.kinerja.contracts.Topics;

/**
 * Every topic of a region with its settings, as the README's topic table documents them. How long each keeps its
 * records is the retention policy's ({@link RetentionPolicy}: the personnel file, the audit trail and the history that
 * projections and rebuilds replay from are kept for ever, with retention -1, never the broker's default of 7 days;
 * daily reports and feedback until five years after their year closes; agencies' raw submissions 7 days, analytics
 * notices a year, attendance two years, dead-letter topics 90 days, by default). Current state is compacted. With
 * three or more replicas a write needs two in-sync replicas to be acknowledged.
 *
 * @param partitions partitions of each topic (dead-letter topics have one)
 * @param replicas   the replication factor
 * @param policy     the retention policy the topics' retention enforces
 */
public record TopicPlan(int partitions, short replicas, RetentionPolicy policy) {

    /** One topic and the settings it must have. */
    public record TopicSpec(String name, int partitions, Map<String, String> configs) {
    }

    /** The plan of a single embedded broker (the local stack, tests): three partitions, one replica. */
    public static final TopicPlan SINGLE_BROKER = new TopicPlan(3, (short) 1);

    public TopicPlan {
        if (partitions < 1 || replicas < 1) {
            throw new IllegalArgumentException("partitions and replicas must be at least 1");
        }
        java.util.Objects.requireNonNull(policy, "a retention policy");
    }

    /** The plan under the platform's default retention policy. */
    public TopicPlan(int partitions, short replicas) {
        this(partitions, replicas, RetentionPolicy.standard());
    }

    /** The platform's own topics and their dead-letter topics. */
    public List<TopicSpec> platformTopics() {
        List<TopicSpec> topics = new ArrayList<>();
        for (String name : Topics.ALL) {
            int count = Topics.SINGLE_PARTITION.contains(name) ? 1 : partitions;
            topics.add(new TopicSpec(name, count, configs(retention(name))));
            topics.add(deadLetter(name));
        }
        return topics;
    }

    /** An agency's topics (submissions, attendance) and their dead-letter topics. */
    public List<TopicSpec> agencyTopics(String agencyId) {
        List<TopicSpec> topics = new ArrayList<>();
        for (String family : Topics.AGENCY_FAMILIES) {
            String name = Topics.agencyTopic(family, agencyId);
            topics.add(new TopicSpec(name, partitions, configs(retention(family))));
            topics.add(deadLetter(name));
        }
        return topics;
    }

    /** The planned agency topics (and their dead-letter topics) of these families among the topics on a broker. */
    public List<TopicSpec> agencyTopicsAmong(Collection<String> onBroker, Collection<String> families) {
        List<TopicSpec> topics = new ArrayList<>();
        for (String family : families) {
            for (String topic : onBroker) {
                Topics.agencyOf(family, topic).ifPresent(agency -> agencyTopics(agency).stream()
                        .filter(spec -> spec.name().equals(topic) || spec.name().equals(Topics.deadLetter(topic)))
                        .forEach(topics::add));
            }
        }
        return topics;
    }

    private TopicSpec deadLetter(String topic) {
        return new TopicSpec(Topics.deadLetter(topic), 1, configs(retention(Topics.deadLetter(topic))));
    }

    private Map<String, String> configs(Retention retention) {
        Map<String, String> configs = new LinkedHashMap<>(retention.configs());
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, replicas >= 3 ? "2" : "1");
        return configs;
    }

    /** How long a topic (a platform topic, a family of agency topics, a dead-letter topic) keeps its records. */
    Retention retention(String topic) {
        if (Topics.COMPACTED.contains(topic)) {
            return Retention.COMPACT;
        }
        return policy.topicRetention(policy.forTopic(topic)).map(Retention::days).orElse(Retention.FOREVER);
    }

    /** A retention rule as topic configs. */
    record Retention(Map<String, String> configs) {

        static final Retention FOREVER = new Retention(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));

        static final Retention COMPACT = new Retention(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

        static Retention days(Duration duration) {
            return new Retention(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, String.valueOf(duration.toMillis()),
                    TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
        }
    }
}
