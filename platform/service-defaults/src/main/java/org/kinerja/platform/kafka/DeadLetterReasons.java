package org.kinerja.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.kinerja.platform.events.PoisonRecordException;

/** The reason a record went to its dead-letter topic, in words a publishing agency can act on. */
public final class DeadLetterReasons {

    /** Header on every dead-lettered record: why it was refused. */
    public static final String REASON_HEADER = "kinerja_dlt_reason";
    /** Header on every dead-lettered record: POISON (refused as it is) or FAILED (failed after retries). */
    public static final String KIND_HEADER = "kinerja_dlt_kind";

    private DeadLetterReasons() {
    }

    public static Headers headers(Throwable failure) {
        PoisonRecordException poison = poisonCause(failure);
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8));
        headers.add(KIND_HEADER, (poison != null ? "POISON" : "FAILED").getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    public static String reason(Throwable failure) {
        PoisonRecordException poison = poisonCause(failure);
        if (poison != null) {
            return poison.reason();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "processing failed after retries: " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    public static String kind(Throwable failure) {
        return poisonCause(failure) != null ? "poison" : "failed";
    }

    private static PoisonRecordException poisonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PoisonRecordException poison) {
                return poison;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
