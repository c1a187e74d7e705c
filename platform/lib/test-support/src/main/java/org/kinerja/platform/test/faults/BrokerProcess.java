package org.kinerja.platform.test.faults;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.kinerja.platform.embedded.EmbeddedKafkaBroker;
import org.kinerja.platform.kafka.access.KafkaProvisioner;
import org.kinerja.platform.kafka.access.ServiceAccess;
import org.kinerja.platform.kafka.access.TopicPlan;
import org.kinerja.platform.test.EmbeddedTestInfra;

/**
 * The embedded Kafka broker (KRaft, SASL, ACLs) as a process of its own, for fault tests:
 * {@code <data dir> <port> [broker.setting=value ...]} (a short default retention, say).
 * Provisions the platform (idempotent, so a restart on the same data finds everything in place) and prints
 * {@code READY <bootstrap servers> <admin password>}.
 */
public final class BrokerProcess {

    private BrokerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> overrides = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] setting = args[i].split("=", 2);
            overrides.put(setting[0], setting[1]);
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), overrides);
        Map<String, String> passwords = new HashMap<>();
        ServiceAccess.ALL.forEach(s -> passwords.put(s.principal(), EmbeddedTestInfra.servicePassword(s.principal())));
        try (KafkaProvisioner provisioner = new KafkaProvisioner(broker.adminClientConfig(), TopicPlan.SINGLE_BROKER)) {
            provisioner.provisionPlatform(passwords);
        }
        System.out.println(ChildJvm.READY + " " + broker.bootstrapServers() + " " + broker.adminPassword());
        Thread.currentThread().join();
    }
}
