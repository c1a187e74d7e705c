package org.kinerja.reporting.application;

import io.micrometer.core.instrument.MeterRegistry;
import org.kinerja.reporting.domain.ReportRefusal;

/**
 * What operators watch on the ingest side: reports per agency, per channel (rest or kafka) and outcome, refusals by
 * reason. Tags stay low-cardinality: agencies number in the tens per region, never an employee id.
 */
public class ReportMetrics {

    static final String NAME = "kinerja.activity-reporting.reports";

    private final MeterRegistry meters;

    public ReportMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Where a report came in. */
    public enum Channel {
        REST, KAFKA
    }

    void accepted(String agencyId, Channel channel) {
        meters.counter(NAME, "agency", agencyId, "channel", channel.name().toLowerCase(), "outcome", "accepted",
                "reason", "none").increment();
    }

    /** A report accepted before, sent again: acknowledged, counted once. */
    void resent(String agencyId) {
        meters.counter(NAME, "agency", agencyId, "channel", "kafka", "outcome", "resent", "reason", "none")
                .increment();
    }

    void refused(String agencyId, Channel channel, ReportRefusal refusal) {
        meters.counter(NAME, "agency", agencyId == null ? "unknown" : agencyId, "channel",
                channel.name().toLowerCase(), "outcome", "refused", "reason", refusal.kind().code()).increment();
    }
}
