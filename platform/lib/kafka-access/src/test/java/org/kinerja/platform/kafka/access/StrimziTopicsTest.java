package org.kinerja.platform.kafka.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each Kubernetes overlay declares its region's topics as Strimzi KafkaTopic resources: the file must be exactly what
 * {@code kinerja-kafka strimzi-topics} writes for the overlay's own partitions and replicas, so a change of the topic
 * plan (or of the overlay's figures) without regenerating it fails here. deploy/check.sh validates the resources'
 * shape.
 */
class StrimziTopicsTest {

    private static final Path OVERLAYS = Path.of("../../../deploy/k8s/overlays");

    @Test
    void everyOverlayDeclaresThePlannedTopicsForItsOwnPartitionsAndReplicas() throws IOException {
        List<Path> overlays;
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            overlays = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(overlays).isNotEmpty();
        for (Path overlay : overlays) {
            String kustomization = Files.readString(overlay.resolve("kustomization.yaml"));
            int partitions = Integer.parseInt(literal(kustomization, "KINERJA_TOPIC_PARTITIONS"));
            short replicas = Short.parseShort(literal(kustomization, "KINERJA_TOPIC_REPLICAS"));
            String region = literal(kustomization, "REGION");
            String declared = Files.readString(overlay.resolve("kafka-topics.yaml"));
            List<String> agencies = new java.util.ArrayList<>();
            Matcher agency = Pattern.compile("--agency (\\S+?)[ `]").matcher(declared.lines().findFirst().orElse(""));
            while (agency.find()) {
                agencies.add(agency.group(1));
            }
            assertThat(agencies).as(overlay + " declares its seed agency's topics").isNotEmpty();
            String expected = StrimziTopics.render(new TopicPlan(partitions, replicas), "kinerja-" + region, agencies);
            assertThat(declared).as(overlay + " (regenerate with: kinerja-kafka strimzi-topics --partitions "
                    + partitions + " --replicas " + replicas + " --cluster kinerja-" + region + " --agency ...)")
                    .isEqualTo(expected);
            assertThat(kustomization).as(overlay + " includes its topics").contains("- kafka-topics.yaml");
        }
    }

    @Test
    void anAgencysTopicsAreDeclaredWithTheirDeadLetterTopics() {
        String yaml = StrimziTopics.render(new TopicPlan(6, (short) 3), "kinerja-mamuju", List.of("dinkes-mmj"));
        assertThat(yaml).contains("  topicName: reporting.activity-submissions.v1.dinkes-mmj\n")
                .contains("  topicName: reporting.activity-submissions.v1.dinkes-mmj.DLT\n")
                .contains("  topicName: attendance.days.v1.dinkes-mmj\n");
    }

    @Test
    void everyTopicDeclaresItsRetentionNeverTheBrokersDefault() {
        String yaml = StrimziTopics.render(new TopicPlan(12, (short) 3), "kinerja-makassar");
        assertThat(yaml.split("kind: KafkaTopic", -1)).hasSize(new TopicPlan(12, (short) 3).platformTopics().size()
                + 1);
        assertThat(yaml).contains("  topicName: registry.employees.v1\n  partitions: 12\n  replicas: 3\n  config:\n"
                + "    cleanup.policy: \"delete\"\n    min.insync.replicas: \"2\"\n    retention.bytes: \"-1\"\n"
                + "    retention.ms: \"-1\"\n");
        assertThat(yaml).contains("  name: registry.employees.v1.dlt\n").contains("  topicName: registry.employees.v1.DLT\n"
                + "  partitions: 1\n");
    }

    private static String literal(String kustomization, String name) {
        Matcher m = Pattern.compile("- " + name + "=(\\S+)").matcher(kustomization);
        assertThat(m.find()).as(name + " in the overlay").isTrue();
        return m.group(1);
    }
}
