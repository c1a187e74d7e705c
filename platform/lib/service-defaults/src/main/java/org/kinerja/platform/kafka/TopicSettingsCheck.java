package org.kinerja.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.kinerja.contracts.RetentionPolicy;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.kafka.access.ServiceAccess;
import org.kinerja.platform.kafka.access.TopicAudit;
import org.kinerja.platform.kafka.access.TopicPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Once the service is up, compares the topics it uses with the topic plan ({@link TopicAudit}) as its own principal
 * (which may describe, never alter, their settings) and reports each weaker one: a WARN line per finding and the gauge
 * {@code kinerja_topic_settings_findings} (alert KinerjaTopicSettingsWeaker). The fix is the operator's:
 * {@code kinerja-kafka provision}. Runs in the background, so a slow broker never delays start-up; a check that
 * cannot run (the broker away) says so and leaves the gauge at -1.
 */
class TopicSettingsCheck implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TopicSettingsCheck.class);

    private final ServiceAccess service;
    private final Map<String, Object> adminConfig;
    private final TopicPlan plan;
    private final AtomicInteger findings;

    TopicSettingsCheck(ServiceAccess service, Map<String, Object> adminConfig, KinerjaProperties properties,
            MeterRegistry meters) {
        this.service = service;
        this.adminConfig = adminConfig;
        this.plan = new TopicPlan(properties.topicPartitions(), properties.topicReplicas(),
                RetentionPolicy.standardOr(properties.retention().policy()));
        this.findings = meters.gauge("kinerja.topic.settings.findings", new AtomicInteger(-1));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread thread = new Thread(this::check, "topic-settings-check");
        thread.setDaemon(true);
        thread.start();
    }

    /** The findings, also logged and counted in the gauge. */
    List<TopicAudit.Finding> check() {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> onBroker = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<TopicPlan.TopicSpec> used = TopicAudit.usedBy(service, plan, onBroker);
            List<TopicAudit.Finding> found = TopicAudit.audit(admin, onBroker, used, plan.replicas());
            found.forEach(finding -> log.warn("topic settings weaker than planned: {} (fix with kinerja-kafka "
                    + "provision)", finding));
            findings.set(found.size());
            if (found.isEmpty()) {
                log.info("the {} topics {} uses have their planned settings", used.size(), service.principal());
            }
            return found;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("could not check the settings of the topics {} uses: {}", service.principal(), e.getMessage());
            return List.of();
        }
    }
}
