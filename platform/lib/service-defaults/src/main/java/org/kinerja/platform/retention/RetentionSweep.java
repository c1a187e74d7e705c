package org.kinerja.platform.retention;

import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.conversions.Bson;
import org.kinerja.contracts.RetentionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases from the service's own collections what the retention policy says is past its period: a document whose date
 * field is before the cut-off (for a rule from the recording), or in an evaluation year that closed longer ago than
 * the period (for a rule from the year's closing). Runs on a schedule ({@code KINERJA_RETENTION_SWEEP_INTERVAL}), logs
 * what it erased and counts it ({@code kinerja_retention_erased_documents_total}, by kind and collection). Dates are
 * read as the platform stores them: ISO-8601 text (an instant, a day, a period, a year, which sort as their time
 * does) or a BSON date.
 */
public class RetentionSweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final MongoDatabase database;
    private final RetentionPolicy policy;
    private final List<Map.Entry<RetentionPolicy.Rule, RetentionPolicy.StoredIn>> erased;
    private final Clock clock;
    private final ZoneId zone;
    private final MeterRegistry meters;
    private ScheduledExecutorService schedule;

    public RetentionSweep(MongoDatabase database, RetentionPolicy policy, String service, Clock clock, ZoneId zone,
            MeterRegistry meters) {
        this.database = database;
        this.policy = policy;
        this.erased = policy.erasedCollectionsOf(service);
        this.clock = clock;
        this.zone = zone;
        this.meters = meters;
    }

    /** The collections of this service the policy erases from. */
    public List<String> erasedCollections() {
        return erased.stream().map(e -> e.getValue().collection()).distinct().toList();
    }

    /** Whether the policy erases anything this service keeps. */
    public boolean hasWork() {
        return !erased.isEmpty();
    }

    /** Sweeps {@code first} from now, then every {@code interval}; nothing when the policy erases nothing here. */
    public synchronized void schedule(Duration first, Duration interval) {
        if (!hasWork() || schedule != null) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "retention-sweep");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.warn("retention sweep failed, tried again in {}: {}", interval, e.getMessage());
            }
        }, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    /** One sweep: the documents erased, by collection. */
    public Map<String, Long> sweep() {
        Instant now = clock.instant();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<RetentionPolicy.Rule, RetentionPolicy.StoredIn> each : erased) {
            RetentionPolicy.Rule rule = each.getKey();
            RetentionPolicy.StoredIn stored = each.getValue();
            Optional<Bson> past = pastItsPeriod(rule, stored.dateField(), now);
            if (past.isEmpty()) {
                continue;
            }
            long deleted = database.getCollection(stored.collection()).deleteMany(past.get()).getDeletedCount();
            counts.merge(stored.collection(), deleted, Long::sum);
            Counter.builder("kinerja.retention.erased.documents").description("documents erased by the retention "
                    + "policy").tag("kind", rule.kind()).tag("collection", stored.collection()).register(meters)
                    .increment(deleted);
            if (deleted > 0) {
                log.info("retention: erased {} documents of {} from {} (kept {} from {})", deleted, rule.kind(),
                        stored.collection(), rule.keep(), rule.from());
            }
        }
        return counts;
    }

    /** The documents past the rule's period, by their date field; empty for a rule kept for ever. */
    Optional<Bson> pastItsPeriod(RetentionPolicy.Rule rule, String field, Instant now) {
        return policy.erasedBefore(rule, now, zone).map(before -> switch (rule.from()) {
            case RECORDED -> or(lt(field, before.toString()), lt(field, Date.from(before)));
            // an evaluation year's documents are dated in it (2025, 2025-11, 2025-11-10): before the first year
            // kept as text, or as a date
            case EVALUATION_YEAR_CLOSED -> or(lt(field, String.valueOf(before.atZone(ZoneOffset.UTC).getYear())),
                    lt(field, Date.from(before)));
        });
    }
}
