package org.kinerja.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.RetryableRefusalException;

/** The reason a record went to its dead-letter topic, in words a publishing agency can act on. */
public final class DeadLetterReasons {

    /** Header on every dead-lettered record: why it was refused. */
    public static final String REASON_HEADER = "kinerja_dlt_reason";
    /**
     * Header on every dead-lettered record: POISON (refused as it is), REFUSED (still refused after the bounded
     * retries for late events) or FAILED (processing failed after retries).
     */
    public static final String KIND_HEADER = "kinerja_dlt_kind";
    /**
     * Header on a dead-lettered record whose refusal has a stable code (a report's {@code unknown-employee},
     * {@code date-in-future}...), so the agency's system and the console word it themselves.
     */
    public static final String CODE_HEADER = "kinerja_dlt_code";

    private DeadLetterReasons() {
    }

    public static Headers headers(Throwable failure) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8));
        headers.add(KIND_HEADER, kind(failure).toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        code(failure).ifPresent(code -> headers.add(CODE_HEADER, code.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    /** The refusal's stable code, where it has one. */
    public static java.util.Optional<String> code(Throwable failure) {
        PoisonRecordException poison = cause(failure, PoisonRecordException.class);
        if (poison != null) {
            return poison.code();
        }
        RetryableRefusalException refusal = cause(failure, RetryableRefusalException.class);
        return refusal == null ? java.util.Optional.empty() : refusal.code();
    }

    public static String reason(Throwable failure) {
        PoisonRecordException poison = cause(failure, PoisonRecordException.class);
        if (poison != null) {
            return poison.reason();
        }
        RetryableRefusalException refusal = cause(failure, RetryableRefusalException.class);
        if (refusal != null) {
            return refusal.reason();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "processing failed after retries: " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    public static String kind(Throwable failure) {
        if (cause(failure, PoisonRecordException.class) != null) {
            return "poison";
        }
        return cause(failure, RetryableRefusalException.class) != null ? "refused" : "failed";
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        return ExceptionUtils.throwableOfType(failure, type);
    }
}
