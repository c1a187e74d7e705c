package org.kinerja.audit.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.kinerja.contracts.AuditCanonical;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;

/**
 * The rules of a region's hash chain: an entry takes the next sequence and the hash of the entry before it; a digest
 * covers every entry since the last one, names the head's hash, chains to the previous digest and is signed.
 */
public final class AuditChain {

    private AuditChain() {
    }

    /** An appended entry and the chain's head after it. */
    public record Appended(AuditEntryRecorded entry, ChainHead head) {
    }

    /** A signed digest and the chain's head after it. */
    public record Digested(AuditDigestSigned digest, ChainHead head) {
    }

    public static Appended append(ChainHead head, String regionId, Decision decision, Map<String, String> before,
            Instant recordedAt) {
        long sequence = head.sequence() + 1;
        AuditEntryRecorded unhashed = new AuditEntryRecorded(regionId, sequence, decision.kind(),
                decision.subjectType(), decision.subjectId(), decision.employeeId(), decision.agencyId(),
                decision.actor(), Map.copyOf(before), decision.after(), decision.reason(), decision.decidedAt(),
                recordedAt, decision.eventId(), decision.eventType(), decision.requestId(), head.hash(), null);
        AuditEntryRecorded entry = unhashed.withHash(AuditCanonical.entryHash(unhashed));
        return new Appended(entry, head.afterEntry(sequence, entry.hash(), recordedAt));
    }

    /**
     * The digest due at {@code now}: when entries wait for one and the period the first of them was recorded in has
     * ended. It covers every entry recorded until now, over the periods since the last digest.
     */
    public static Optional<Digested> digestIfDue(ChainHead head, String regionId, DigestSchedule schedule,
            AuditKeys keys, Instant now) {
        if (head.pending() == 0 || now.isBefore(schedule.periodEndOf(head.pendingSince()))) {
            return Optional.empty();
        }
        Instant periodStart = head.digestedUntil() != null ? head.digestedUntil()
                : schedule.periodStartOf(head.pendingSince());
        Instant periodEnd = schedule.periodStartOf(now);
        long number = head.digestNumber() + 1;
        AuditDigestSigned unsigned = new AuditDigestSigned(regionId, number, periodStart, periodEnd,
                head.digestedSequence() + 1, head.sequence(), head.pending(), head.hash(), head.digestHash(),
                keys.keyId(), AuditKeys.ALGORITHM, now, null);
        AuditDigestSigned digest = unsigned.withSignature(keys.sign(AuditCanonical.digestSigningInput(unsigned)));
        return Optional.of(new Digested(digest, head.afterDigest(number, AuditCanonical.digestHash(digest),
                periodEnd)));
    }
}
