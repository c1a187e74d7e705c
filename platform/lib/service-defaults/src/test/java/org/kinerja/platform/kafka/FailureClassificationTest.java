package org.kinerja.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.RetryableRefusalException;

class FailureClassificationTest {

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aDatabaseOutageIsTransientEvenWhenWrapped() {
        RuntimeException wrapped = new RuntimeException("listener failed",
                new MongoSocketOpenException("refused", new ServerAddress()));
        assertThat(TransientFailures.isTransient(wrapped)).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void poisonKeepsItsOwnReason() {
        Headers headers = DeadLetterReasons.headers(new RuntimeException(new PoisonRecordException("bad nip")));
        assertThat(header(headers, DeadLetterReasons.REASON_HEADER)).isEqualTo("bad nip");
        assertThat(header(headers, DeadLetterReasons.KIND_HEADER)).isEqualTo("POISON");
    }

    @Test
    void aLateRefusalIsMarkedRefused() {
        Headers headers = DeadLetterReasons.headers(new RetryableRefusalException("indicator not approved",
                org.kinerja.platform.parking.Awaited.indicator("iki-1")));
        assertThat(header(headers, DeadLetterReasons.KIND_HEADER)).isEqualTo("REFUSED");
    }

    @Test
    void anyOtherFailureNamesItsRootCause() {
        Headers headers = DeadLetterReasons.headers(new RuntimeException("outer", new ArithmeticException("/ by 0")));
        assertThat(header(headers, DeadLetterReasons.REASON_HEADER))
                .isEqualTo("processing failed after retries: ArithmeticException: / by 0");
        assertThat(header(headers, DeadLetterReasons.KIND_HEADER)).isEqualTo("FAILED");
    }
}
