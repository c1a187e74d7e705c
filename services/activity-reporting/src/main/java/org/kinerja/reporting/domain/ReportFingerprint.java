package org.kinerja.reporting.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kinerja.contracts.events.ActivityReported;

/**
 * What makes a report the report it is, as one SHA-256 digest of its body (everything but when it was received), so a
 * resend under the same {@code reportId} is recognised as the same report (acknowledged, never counted twice) or as
 * another one wearing its id (refused). Quantities compare by value: 10 and 10.0 are the same quantity.
 */
public final class ReportFingerprint {

    private ReportFingerprint() {
    }

    public static String of(ActivityReported report) {
        String canonical = Stream.of(report.reportId(), report.employeeId(), report.agencyId(), report.indicatorId(),
                report.reportType() == null ? ActivityReported.DAILY : report.reportType(), report.activityDate(),
                report.startTime(), report.endTime(), place(report.location()), plain(report.quantity()),
                report.description(), report.evidenceUrl())
                .map(field -> Objects.toString(field, "")).map(ReportFingerprint::escaped)
                .collect(Collectors.joining("|"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String place(ActivityReported.Location location) {
        return location == null ? null : plain(location.latitude()) + "," + plain(location.longitude()) + ","
                + Objects.toString(location.description(), "");
    }

    private static String plain(BigDecimal quantity) {
        return quantity == null ? null : quantity.stripTrailingZeros().toPlainString();
    }

    /** A field's separator inside a field cannot make two different bodies read alike. */
    private static String escaped(String field) {
        return field.replace("\\", "\\\\").replace("|", "\\|");
    }
}
