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
 * The embedded Kafka broker (KRaft, SASL, ACLs) as a process of its own, for fault tests: {@code <data dir> <port>}.
 * Provisions the platform (idempotent, so a restart on the same data finds everything in place) and prints
 * {@code READY <bootstrap servers> <admin password>}.
 */
public final class BrokerProcess {

    private BrokerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]));
        Map<String, String> passwords = new HashMap<>();
        ServiceAccess.ALL.forEach(s -> passwords.put(s.principal(), EmbeddedTestInfra.servicePassword(s.principal())));
        try (KafkaProvisioner provisioner = new KafkaProvisioner(broker.adminClientConfig(), TopicPlan.SINGLE_BROKER)) {
            provisioner.provisionPlatform(passwords);
        }
        System.out.println(ChildJvm.READY + " " + broker.bootstrapServers() + " " + broker.adminPassword());
        Thread.currentThread().join();
    }
}
