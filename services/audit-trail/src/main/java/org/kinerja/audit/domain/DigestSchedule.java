package org.kinerja.audit.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When digests are due: at the end of each digest period, a day in the region's time zone by default (midnight WITA
 * for Makassar and Mamuju, WIB for Semarang), or a shorter period aligned to the epoch (tests, a nervous inspectorate).
 */
public record DigestSchedule(Duration period, ZoneId zone) {

    public static final Duration DAY = Duration.ofDays(1);

    public DigestSchedule {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the digest period must be positive, got " + period);
        }
    }

    /** The start of the period {@code time} falls in. */
    public Instant periodStartOf(Instant time) {
        if (period.equals(DAY)) {
            return ZonedDateTime.ofInstant(time, zone).truncatedTo(ChronoUnit.DAYS).toInstant();
        }
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), millis) * millis);
    }

    /** The end of the period {@code time} falls in: the next digest's moment. */
    public Instant periodEndOf(Instant time) {
        if (period.equals(DAY)) {
            return ZonedDateTime.ofInstant(periodStartOf(time), zone).plusDays(1).toInstant();
        }
        return periodStartOf(time).plus(period);
    }
}
