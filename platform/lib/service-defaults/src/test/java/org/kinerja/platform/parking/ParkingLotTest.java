package org.kinerja.platform.parking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.RetryableRefusalException;

/**
 * The parking lot against a MongoDB wire-protocol server: records that are early wait without blocking, are tried again
 * when what they await arrives, keep their bytes, and go to the dead-letter topic (here a recording recoverer, the seam
 * the Kafka DLT publisher plugs into) only after the wait or when they turn out to be poison.
 */
class ParkingLotTest {

    private static final String LANE = "test-lane";
    private static final Duration WAIT = Duration.ofMinutes(15);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final Set<String> known = new HashSet<>();
    private final List<String> accepted = new ArrayList<>();
    private final List<String> deadLettered = new ArrayList<>();
    private MongoServer server;
    private MongoClient client;
    private ParkingStore store;
    private ParkingLot parking;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        store = new ParkingStore(client.getDatabase("parking-test"));
        parking = new ParkingLot(store, (record, failure) -> deadLettered.add(record.key() + ": "
                + failure.getMessage()), WAIT, clock, new SimpleMeterRegistry());
        // The lane accepts a record once the thing it names (its value) is known; "poison" values are refused for good.
        parking.lane(LANE, ParkingLot.Lane.of(record -> {
            String needs = new String(record.value(), StandardCharsets.UTF_8);
            if (needs.startsWith("poison")) {
                throw new PoisonRecordException("never valid");
            }
            if (!known.contains(needs)) {
                throw new RetryableRefusalException(needs + " unknown", Awaited.employee(needs));
            }
            accepted.add(record.key() + " with " + new String(record.headers().lastHeader("ce_id").value(),
                    StandardCharsets.UTF_8));
        }));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void anEarlyRecordIsParkedAndAcceptedTheMomentWhatItAwaitsArrives() {
        parking.admit(LANE, record(0, "r1", "emp-1"));
        parking.admit(LANE, record(1, "r2", "emp-2"));
        known.add("emp-2");
        parking.admit(LANE, record(2, "r3", "emp-2"));
        assertThat(accepted).containsExactly("r3 with event-2");
        assertThat(store.count()).isEqualTo(2);

        known.add("emp-1");
        parking.release(Awaited.employee("emp-1"));
        assertThat(accepted).containsExactly("r3 with event-2", "r1 with event-0");
        parking.release(Awaited.employee("emp-2"));
        assertThat(accepted).containsExactly("r3 with event-2", "r1 with event-0", "r2 with event-1");
        assertThat(store.count()).isZero();
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aReleaseOfSomethingNobodyAwaitsChangesNothing() {
        parking.admit(LANE, record(0, "r1", "emp-1"));
        known.add("emp-9");
        parking.release(Awaited.employee("emp-9"));
        assertThat(accepted).isEmpty();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void theSameRecordReadAgainAfterARestartIsParkedOnce() {
        parking.admit(LANE, record(0, "r1", "emp-1"));
        parking.admit(LANE, record(0, "r1", "emp-1"));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void theSweepTriesAgainOnABackOffAndCatchesAReleaseThatCameTooEarly() {
        parking.admit(LANE, record(0, "r1", "emp-1"));
        known.add("emp-1"); // arrived, but its release went by before the record was parked (or on another instance)
        parking.sweep();
        assertThat(accepted).isEmpty(); // not due yet
        clock.advance(Duration.ofSeconds(1));
        parking.sweep();
        assertThat(accepted).containsExactly("r1 with event-0");
        assertThat(store.count()).isZero();
    }

    @Test
    void aRecordStillRefusedAfterTheWaitGoesToTheDeadLetterTopicWithItsReason() {
        parking.admit(LANE, record(0, "r1", "emp-1"));
        clock.advance(WAIT.minusSeconds(1));
        parking.sweep();
        assertThat(deadLettered).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        parking.sweep();
        assertThat(deadLettered).containsExactly("r1: emp-1 unknown (still so after waiting 15 min)");
        assertThat(store.count()).isZero();
    }

    @Test
    void aParkedRecordThatTurnsOutPoisonIsDeadLetteredAtOnce() {
        parking.admit(LANE, record(0, "r1", "emp-1"));
        known.add("emp-1");
        parking.lane(LANE, ParkingLot.Lane.of(r -> {
            throw new PoisonRecordException("indicator of another agency");
        }));
        parking.release(Awaited.employee("emp-1"));
        assertThat(deadLettered).containsExactly("r1: indicator of another agency");
        assertThat(store.count()).isZero();
    }

    @Test
    void backOffDoublesUpToThirtySeconds() {
        assertThat(ParkingLot.backOff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ParkingLot.backOff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ParkingLot.backOff(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(ParkingLot.backOff(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(ParkingLot.backOff(40)).isEqualTo(Duration.ofSeconds(30));
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String key, String needs) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("reporting.activity-submissions.v1.dinkes", 0,
                offset, key, needs.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", ("event-" + offset).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
