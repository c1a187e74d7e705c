package org.kinerja.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TopicsTest {

    private final Pattern submissions = Pattern.compile(Topics.agencyTopicPattern(Topics.ACTIVITY_SUBMISSIONS));

    @Test
    void eachAgencyHasItsOwnTopicsAndTheAgencyIsReadBackFromTheName() {
        assertThat(Topics.activitySubmissions("dukcapil-mks")).isEqualTo("reporting.activity-submissions.v1.dukcapil-mks");
        assertThat(Topics.attendance("dinkes.mmj")).isEqualTo("attendance.days.v1.dinkes.mmj");
        assertThat(Topics.agencyOf(Topics.ACTIVITY_SUBMISSIONS, "reporting.activity-submissions.v1.dukcapil-mks"))
                .contains("dukcapil-mks");
        assertThat(Topics.agencyOf(Topics.ATTENDANCE, "reporting.activity-submissions.v1.dukcapil-mks")).isEmpty();
        assertThat(Topics.agencyOf(Topics.ACTIVITY_SUBMISSIONS, "reporting.activity-submissions.v1.a.DLT")).isEmpty();
    }

    @Test
    void aDeadLetterTopicNamesTheTopicItServes() {
        String dead = Topics.deadLetter(Topics.activitySubmissions("dinkes.mmj"));
        assertThat(Topics.deadLettersOf(dead)).contains("reporting.activity-submissions.v1.dinkes.mmj");
        assertThat(Topics.deadLettersOf(dead).flatMap(t -> Topics.agencyOf(Topics.ACTIVITY_SUBMISSIONS, t)))
                .contains("dinkes.mmj");
        assertThat(Topics.deadLettersOf(Topics.SCORES)).isEmpty();
    }

    @Test
    void theSubscriptionPatternTakesAgencyTopicsAndNeverTheirDeadLetterTopics() {
        assertThat(submissions.matcher("reporting.activity-submissions.v1.dukcapil-mks").matches()).isTrue();
        assertThat(submissions.matcher("reporting.activity-submissions.v1.dinkes.mmj").matches()).isTrue();
        assertThat(submissions.matcher("reporting.activity-submissions.v1.dukcapil-mks.DLT").matches()).isFalse();
        assertThat(submissions.matcher("reporting.activity-submissions.v1").matches()).isFalse();
        assertThat(submissions.matcher("reporting.activity-submissions.v1.DLT").matches()).isFalse();
        assertThat(submissions.matcher("reporting.activity-submissionsXv1.x").matches()).isFalse();
    }

    @Test
    void theListenersConstantsAreThePatterns() {
        assertThat(Topics.ACTIVITY_SUBMISSIONS_PATTERN).isEqualTo(Topics.agencyTopicPattern(Topics.ACTIVITY_SUBMISSIONS));
        assertThat(Topics.ATTENDANCE_PATTERN).isEqualTo(Topics.agencyTopicPattern(Topics.ATTENDANCE));
        assertThat(Pattern.compile(Topics.ATTENDANCE_PATTERN).matcher("attendance.days.v1.dinkes-mmj").matches())
                .isTrue();
    }

    @Test
    void anAgencyIdThatCannotNameATopicIsRefused() {
        assertThatThrownBy(() -> Topics.activitySubmissions("evil.DLT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.attendance("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.attendance("")).isInstanceOf(IllegalArgumentException.class);
    }
}
