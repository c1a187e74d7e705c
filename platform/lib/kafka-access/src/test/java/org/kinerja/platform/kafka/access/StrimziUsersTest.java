package org.kinerja.platform.kafka.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The KafkaUsers each overlay declares for a Strimzi-run cluster are exactly what {@code kinerja-kafka strimzi-users}
 * writes from the access policy (a policy change without regenerating them fails here); each user holds its own
 * grants, including the services' right to dead-letter an agency's records. deploy/check.sh validates them against
 * Strimzi's CRD schemas.
 */
class StrimziUsersTest {

    private static final Path OVERLAYS = Path.of("../../../deploy/k8s/overlays");
    private static final Pattern HEADER = Pattern.compile("strimzi-users --cluster (\\S+)((?: --agency \\S+)*)`");

    @Test
    void everyOverlaysKafkaUsersAreThePolicysForItsClusterAndAgencies() throws IOException {
        List<Path> overlays;
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            overlays = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(overlays).isNotEmpty();
        for (Path overlay : overlays) {
            String declared = Files.readString(overlay.resolve("kafka-users.yaml"));
            Matcher header = HEADER.matcher(declared);
            assertThat(header.find()).as(overlay + " names how it was generated").isTrue();
            List<String> agencies = new ArrayList<>();
            Matcher agency = Pattern.compile("--agency (\\S+)").matcher(header.group(2));
            while (agency.find()) {
                agencies.add(agency.group(1));
            }
            assertThat(header.group(1)).isEqualTo("kinerja-" + overlay.getFileName());
            assertThat(declared).as(overlay + " (regenerate with kinerja-kafka strimzi-users)")
                    .isEqualTo(StrimziUsers.render(header.group(1), agencies));
        }
    }

    @Test
    void eachUserHoldsItsOwnGrantsIncludingDeadLetteringAnAgencysRecords() {
        String yaml = StrimziUsers.render("kinerja-makassar", List.of("dukcapil-mks"));
        // the services, the agency system, the administrator
        assertThat(yaml.split("kind: KafkaUser", -1)).hasSize(ServiceAccess.ALL.size() + 3);
        String reporting = userBlock(yaml, "activity-reporting");
        assertThat(reporting).contains("name: reporting.activity-submissions.v1.dukcapil-mks.DLT\n"
                + "          patternType: literal\n        operations: [Write]");
        assertThat(reporting).contains("type: topic\n          name: reporting.activity-submissions.v1.\n"
                + "          patternType: prefix\n        operations: [Read, DescribeConfigs]");
        assertThat(reporting).as("the password the service runs with").contains("password:\n      valueFrom:\n"
                + "        secretKeyRef:\n          name: kinerja-kafka\n          key: activity-reporting\n");
        assertThat(userBlock(yaml, "kinerja-admin")).contains("name: kinerja-kafka-admin").doesNotContain("acls");
        String scoring = userBlock(yaml, "scoring");
        assertThat(scoring).contains("type: transactionalId").contains("operations: [Write, Describe]");
        String agency = userBlock(yaml, "agency-dukcapil-mks");
        assertThat(agency).contains("name: reporting.activity-submissions.v1.dukcapil-mks\n"
                + "          patternType: literal\n        operations: [Write]")
                .doesNotContain("registry.").doesNotContain("scoring.").doesNotContain("valueFrom");
    }

    private static String userBlock(String yaml, String user) {
        int start = yaml.indexOf("  name: " + user + "\n");
        assertThat(start).as(user).isPositive();
        int end = yaml.indexOf("---\n", start);
        return yaml.substring(start, end < 0 ? yaml.length() : end);
    }
}
