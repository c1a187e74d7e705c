package org.kinerja.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * The retention policy as data: the default covers every topic once, says why for each kind, and turns into the
 * periods the topics and collections enforce; a region's policy that is malformed, leaves a topic out or shortens
 * the audit trail is refused with the reason.
 */
class RetentionPolicyTest {

    private static final ZoneId MAKASSAR = ZoneId.of("Asia/Makassar");
    private final RetentionPolicy policy = RetentionPolicy.standard();

    @Test
    void theDefaultGivesEveryTopicOneRuleWithItsBasis() {
        for (String topic : Topics.ALL) {
            assertThat(policy.forTopic(topic).basis()).as(topic).isNotBlank();
        }
        assertThat(policy.forTopic(Topics.activitySubmissions("dinkes-mks")).kind()).isEqualTo("agency-submissions");
        assertThat(policy.forTopic(Topics.attendance("dinkes-mks")).kind()).isEqualTo("attendance");
        assertThat(policy.forTopic(Topics.deadLetter(Topics.ACTIVITIES)).kind()).isEqualTo("refused-records");
        assertThat(policy.forTopic(Topics.AUDIT_TRAIL).forever()).isTrue();
        assertThat(policy.forTopic(Topics.PLANS).afterwards()).isEqualTo(RetentionPolicy.Afterwards.KEPT);
    }

    @Test
    void topicsKeepARecordAtLeastAsLongAsItsRuleSays() {
        RetentionPolicy.Rule reports = policy.forTopic(Topics.ACTIVITIES);
        // written as early as 1 January, closed three months after the year, then five years
        assertThat(policy.topicRetention(reports)).contains(Duration.ofDays(366 + 3 * 31 + 5 * 366));
        assertThat(policy.topicRetention(policy.forTopic(Topics.deadLetter(Topics.ACTIVITIES))))
                .contains(Duration.ofDays(90));
        assertThat(policy.topicRetention(policy.forTopic(Topics.EMPLOYEES))).isEmpty();
    }

    @Test
    void collectionsEraseAnEvaluationYearFiveYearsAfterItClosed() {
        RetentionPolicy.Rule reports = policy.forTopic(Topics.ACTIVITIES);
        // 2020 closed on 1 April 2021: erased from 1 April 2026; 2021 kept until 1 April 2027
        assertThat(policy.erasedBefore(reports, Instant.parse("2026-12-03T00:00:00Z"), MAKASSAR))
                .contains(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(policy.erasedBefore(reports, Instant.parse("2026-03-31T12:00:00Z"), MAKASSAR))
                .contains(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(policy.erasedBefore(reports, Instant.parse("2027-03-31T16:00:00Z"), MAKASSAR))
                .as("1 April in Makassar").contains(Instant.parse("2022-01-01T00:00:00Z"));
        RetentionPolicy.Rule refused = policy.forTopic(Topics.deadLetter(Topics.ACTIVITIES));
        assertThat(policy.erasedBefore(refused, Instant.parse("2026-12-03T00:00:00Z"), MAKASSAR))
                .contains(Instant.parse("2026-09-04T00:00:00Z"));
        assertThat(policy.erasedBefore(policy.forTopic(Topics.AUDIT_TRAIL), Instant.now(), MAKASSAR)).isEmpty();
        assertThat(policy.erasedCollectionsOf("activity-reporting")).extracting(e -> e.getValue().collection())
                .containsExactly("activities", "logged_days", "realisations", "feedback", "refused_submissions",
                        "parked_records");
    }

    @Test
    void aRegionsPolicyIsReadFromItsFileAndRefusedWhenItWouldLoseWhatMustStay() throws Exception {
        String standard = new String(RetentionPolicy.class.getClassLoader()
                .getResourceAsStream(RetentionPolicy.DEFAULT_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("retention");

        Path tenYears = Files.writeString(dir.resolve("ten-years.json"), standard.replace(
                "\"kind\": \"daily-reports\",\n      \"description\": \"Accepted activity reports (what was done, when, "
                        + "how much, the evidence link), the minutes logged per day, and monthly realisations\",\n"
                        + "      \"keep\": \"P5Y\"", "\"kind\": \"daily-reports\",\n      \"description\": \"Reports\",\n"
                        + "      \"keep\": \"P10Y\""));
        assertThat(RetentionPolicy.read(tenYears).forTopic(Topics.ACTIVITIES).keep()).isEqualTo("P10Y");

        Path shortTrail = Files.writeString(dir.resolve("short-trail.json"), standard.replace(
                "\"topics\": [\"audit.trail.v1\", \"audit.digests.v1\"]", "\"topics\": []").replace(
                "\"topics\": [\"scoring.evaluations.v1\", \"scoring.distribution.v1\"]",
                "\"topics\": [\"scoring.evaluations.v1\", \"scoring.distribution.v1\", \"audit.trail.v1\", "
                        + "\"audit.digests.v1\"]"));
        assertThatThrownBy(() -> RetentionPolicy.read(shortTrail)).hasMessageContaining(
                "audit.trail.v1 must be kept for ever");

        Path missing = Files.writeString(dir.resolve("missing.json"), standard.replace(
                "\"topics\": [\"attendance.days.v1\"]", "\"topics\": []"));
        assertThatThrownBy(() -> RetentionPolicy.read(missing)).hasMessageContaining("attendance.days.v1 has no rule");

        Path malformed = Files.writeString(dir.resolve("malformed.json"), standard.replace("\"keep\": \"P30D\"",
                "\"keep\": \"30 days\""));
        assertThatThrownBy(() -> RetentionPolicy.read(malformed)).hasMessageContaining("is invalid")
                .hasMessageContaining("keep");
    }
}
