package org.kinerja.platform.parking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.platform.events.RetryableRefusalException;
import org.kinerja.platform.kafka.TransientFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Non-blocking waits for records that arrive before what they need (a report before its employee or approved SKP, a
 * correction before its report). A listener hands each record to {@link #admit}: if the record's lane refuses it as
 * "not yet" ({@link RetryableRefusalException}), it is parked in MongoDB and the listener goes on with the next record,
 * so other employees and other agencies never wait behind it. A parked record is tried again the moment a projection
 * learns what it awaits ({@link #release}), and otherwise on a back-off (1 s doubling up to 30 s, which also covers a
 * release that came just before the record was parked, or one seen by another instance); after the wait
 * ({@code kinerja.parking.max-wait}) a record still refused goes to the dead-letter topic with its reason, exactly as a
 * poison record would. Tries of one record never overlap (see {@link ParkingStore}); a record accepted on a try is
 * published before it is removed, so a crash in between tries it once more, and its deterministic event id makes the
 * second publication a duplicate consumers ignore.
 */
public class ParkingLot {

    private static final Logger log = LoggerFactory.getLogger(ParkingLot.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final int SWEEP_BATCH = 500;

    private final ParkingStore store;
    private final ConsumerRecordRecoverer deadLetters;
    private final Duration wait;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final Set<String> awaitedKeys = ConcurrentHashMap.newKeySet();

    public ParkingLot(ParkingStore store, ConsumerRecordRecoverer deadLetters, Duration wait, Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.deadLetters = deadLetters;
        this.wait = wait;
        this.clock = clock;
        this.meters = meters;
        meters.gauge("kinerja.parked.records", store, s -> s.count());
        awaitedKeys.addAll(store.awaitedKeys());
    }

    /**
     * How a lane's records are processed, the first time and every time they are tried again: it may send what it
     * publishes without waiting, and returns the acknowledgement (a completed future when it sent nothing).
     */
    @FunctionalInterface
    public interface Lane extends Function<ConsumerRecord<String, byte[]>, CompletableFuture<?>> {

        /** A lane that publishes nothing to Kafka (or waits for it itself). */
        static Lane of(java.util.function.Consumer<ConsumerRecord<String, byte[]>> processor) {
            return record -> {
                processor.accept(record);
                return CompletableFuture.completedFuture(null);
            };
        }
    }

    public void lane(String name, Lane processor) {
        lanes.put(name, processor);
    }

    /**
     * Processes a record in its lane, parking it if it is refused as "not yet". Returns the acknowledgement of what
     * the lane published (completed when it was parked): the caller waits for it before the offset is committed.
     */
    public CompletableFuture<?> admit(String lane, ConsumerRecord<String, byte[]> record) {
        try {
            return processor(lane).apply(record);
        } catch (RetryableRefusalException notYet) {
            Instant now = clock.instant();
            if (store.park(ParkedRecord.of(lane, record, notYet.awaited(), notYet.reason(), now, now.plus(wait)),
                    now.plus(FIRST_RETRY))) {
                awaitedKeys.add(notYet.awaited().key());
                meters.counter("kinerja.parking", "lane", lane, "outcome", "parked").increment();
                log.info("parked {} until {} arrives: {}", ParkedRecord.idOf(record), notYet.awaited().key(),
                        notYet.reason());
            }
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Something records may await has arrived: they are tried again now. Cheap when nothing awaits it. */
    public void release(Awaited awaited) {
        String key = awaited.key();
        if (!awaitedKeys.contains(key)) {
            return;
        }
        awaitedKeys.remove(key);
        for (String id : store.awaiting(key)) {
            retry(id);
        }
    }

    /** Tries the records whose back-off has run out, and dead-letters those past their wait. */
    @Scheduled(fixedDelayString = "${kinerja.parking.sweep-interval:1s}")
    public void sweep() {
        try {
            for (String id : store.due(clock.instant(), SWEEP_BATCH)) {
                retry(id);
            }
            Set<String> keys = store.awaitedKeys();
            awaitedKeys.retainAll(keys);
            awaitedKeys.addAll(keys);
        } catch (RuntimeException e) {
            // MongoDB or Kafka unavailable: the records stay parked and the next sweep tries again.
            log.warn("parking sweep paused: {}", e.getMessage());
        }
    }

    private void retry(String id) {
        Instant now = clock.instant();
        Optional<ParkedRecord> claimed = store.claim(id, now);
        if (claimed.isEmpty()) {
            return; // removed meanwhile, or being tried elsewhere
        }
        ParkedRecord parked = claimed.get();
        Lane processor = lanes.get(parked.lane());
        if (processor == null) {
            return; // a lane this instance does not run (yet): the lease runs out and another instance takes it
        }
        ConsumerRecord<String, byte[]> record = parked.toConsumerRecord();
        try {
            acknowledged(processor.apply(record));
            store.remove(id);
            meters.counter("kinerja.parking", "lane", parked.lane(), "outcome", "released").increment();
        } catch (RetryableRefusalException notYet) {
            if (!now.isBefore(parked.deadline())) {
                deadLetter(parked, record, new RetryableRefusalException(notYet.reason() + " (still so after "
                        + "waiting " + waited() + ")", notYet.code().orElse(null), notYet.awaited()));
            } else {
                store.repark(id, notYet.awaited().key(), notYet.reason(), parked.attempts() + 1,
                        now.plus(backOff(parked.attempts())));
                awaitedKeys.add(notYet.awaited().key());
            }
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                store.repark(id, parked.awaits(), parked.reason(), parked.attempts() + 1,
                        now.plus(backOff(parked.attempts())));
            } else {
                deadLetter(parked, record, failure);
            }
        }
    }

    private void deadLetter(ParkedRecord parked, ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        deadLetters.accept(record, reason);
        store.remove(parked.id());
        meters.counter("kinerja.parking", "lane", parked.lane(), "outcome", "dead-lettered").increment();
    }

    /** Waits for what a try published; a failure to publish counts as the try's failure. */
    private static void acknowledged(CompletableFuture<?> acknowledgement) {
        try {
            acknowledgement.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // transient: the record stays parked and is tried again
            throw new org.apache.kafka.common.errors.TimeoutException("Kafka did not acknowledge in time", e);
        }
    }

    private Lane processor(String lane) {
        Lane processor = lanes.get(lane);
        if (processor == null) {
            throw new IllegalStateException("no parking lane '" + lane + "' is declared");
        }
        return processor;
    }

    private String waited() {
        return wait.toSeconds() < 120 ? wait.toSeconds() + " s" : wait.toMinutes() + " min";
    }

    /** 1 s, 2 s, 4 s ... up to 30 s between tries. */
    static Duration backOff(int attempts) {
        long seconds = FIRST_RETRY.toSeconds() << Math.min(attempts - 1, 5);
        return seconds > LONGEST_RETRY.toSeconds() ? LONGEST_RETRY : Duration.ofSeconds(seconds);
    }
}
