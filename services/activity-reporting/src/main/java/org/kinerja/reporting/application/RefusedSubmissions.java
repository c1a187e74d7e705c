package org.kinerja.reporting.application;

import java.time.Instant;
import java.util.List;

import org.kinerja.platform.security.Caller;

/**
 * What an agency's own system sent on its Kafka topic and the platform refused (its dead-letter topic), kept so that
 * the agency's HR operator reads the reasons on a page instead of a Kafka client: each with the record's place on the
 * topic, when it was sent, what it was (its event id, report and employee where the record says), the kind of refusal
 * and the reason in words. Only the agency (its operators and its system) and the region's administrator read them.
 */
public class RefusedSubmissions {

    /** The most an agency reads at once, newest first. */
    public static final int MOST = 200;

    /**
     * One refused record. {@code id} is its place on its dead-letter topic (topic, partition, offset), so reading the
     * topic again records nothing twice.
     */
    public record Refusal(String id, String agencyId, String topic, int partition, long offset, Instant sentAt,
            Instant refusedAt, String kind, String reason, String eventId, String reportId, String employeeId,
            String code) {
    }

    public interface Store {
        /** Keeps each refusal once, whatever it was before (the same id is the same record). */
        void saveAll(List<Refusal> refusals);

        List<Refusal> newestOf(String agencyId, int limit);
    }

    private final Store store;

    public RefusedSubmissions(Store store) {
        this.store = store;
    }

    public void record(List<Refusal> refusals) {
        if (!refusals.isEmpty()) {
            store.saveAll(refusals);
        }
    }

    public List<Refusal> ofAgency(Caller caller, String agencyId, int limit) {
        if (!caller.actsForAgency(agencyId)) {
            throw org.kinerja.platform.refusal.Refusal.notAllowed("not-your-agency", "What agency '" + agencyId + "' sent and was refused is "
                    + "for that agency's operators and system, and the region's administrator.");
        }
        return store.newestOf(agencyId, Math.max(1, Math.min(limit, MOST)));
    }
}
