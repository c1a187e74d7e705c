package org.kinerja.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of a region's audit trail: a decision the platform recorded (an SKP approved, a rating, a lock, an
 * objection decided, a policy published, a reward granted...), who took it (the signed-in principal and their roles,
 * and on whose behalf), what changed (the subject's recorded state before and after), why, when, and the event it came
 * from. Entries form a hash chain: {@code hash} is the SHA-256 (hex) of the entry's JSON without {@code hash},
 * canonicalised by RFC 8785 (JCS), and {@code previousHash} is the hash of the entry before it (64 zeros for the
 * first), so a changed, removed or reordered entry breaks the chain. Key: the region id.
 *
 * @param sequence    1, 2, 3... without a gap in the region's trail
 * @param kind        what was decided, for instance {@code skp.approved}, {@code evaluation.locked},
 *                    {@code objection.decided}, {@code policy.published}
 * @param subjectType what the decision is about: skp, evaluation-period, objection, unit-predicate, policy...
 * @param employeeId  the employee the decision concerns, where there is one
 * @param before      the subject's state as the previous entry about it recorded it (empty for the first)
 * @param after       the subject's state the decision left (the event's plain fields, names left out)
 * @param reason      the reason or note given with the decision, where one was
 * @param decidedAt   when the decision was taken (the event's time)
 * @param recordedAt  when the trail recorded it
 * @param eventId     the CloudEvents id of the event the entry records
 * @param requestId   the trace id of the request that took the decision, where it came over HTTP
 */
public record AuditEntryRecorded(String regionId, long sequence, String kind, String subjectType, String subjectId,
        String employeeId, String agencyId, Actor actor, Map<String, String> before, Map<String, String> after,
        String reason, Instant decidedAt, Instant recordedAt, String eventId, String eventType, String requestId,
        String previousHash, String hash) {

    /**
     * Who took the decision: the principal (an NIP, an administrator's or a system's name; {@code system:<service>}
     * when a service decided by itself, as rewards' rules do), their roles, and for whom they acted (the kepala
     * daerah whose decision the BKPSDM recorded), where anyone.
     */
    public record Actor(String subject, List<String> roles, String onBehalfOf) {
    }

    /** The same entry with its hash set (the chain appender and verifiers compute it). */
    public AuditEntryRecorded withHash(String newHash) {
        return new AuditEntryRecorded(regionId, sequence, kind, subjectType, subjectId, employeeId, agencyId, actor,
                before, after, reason, decidedAt, recordedAt, eventId, eventType, requestId, previousHash, newHash);
    }
}
