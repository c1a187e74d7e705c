package org.kinerja.platform.kafka.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The operator's command as an operator runs it (the subcommands that need a broker are covered by KafkaAccessTest). */
class KinerjaKafkaCommandTest {

    @Test
    void strimziTopicsPrintsTheRegionsPlan() {
        StringWriter out = new StringWriter();
        int status = new CommandLine(new KinerjaKafkaCommand()).setOut(new PrintWriter(out))
                .execute("strimzi-topics", "--partitions", "12", "--replicas", "3", "--cluster", "kinerja-makassar");
        assertThat(status).isZero();
        assertThat(out.toString()).isEqualTo(StrimziTopics.render(new TopicPlan(12, (short) 3), "kinerja-makassar"));
    }

    @Test
    void theAdministratorsPasswordComesFromTheEnvironmentOnly() {
        assumeTrue(System.getenv("KAFKA_ADMIN_PASSWORD") == null, "KAFKA_ADMIN_PASSWORD is set here");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream standardError = System.err;
        int status;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            status = new CommandLine(new KinerjaKafkaCommand()).execute("check", "--bootstrap-servers",
                    "127.0.0.1:1");
        } finally {
            System.setErr(standardError);
        }
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("set KAFKA_ADMIN_PASSWORD");
    }
}
