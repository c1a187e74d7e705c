package org.kinerja.audit.domain;

import java.time.Instant;

import org.kinerja.contracts.AuditCanonical;

/**
 * Where a region's chain stands: its last entry's sequence and hash, and what the last digest signed.
 *
 * @param sequence          the last entry's sequence (0 before the first)
 * @param hash              the last entry's hash ({@link AuditCanonical#GENESIS} before the first)
 * @param digestNumber      the last digest's number (0 before the first)
 * @param digestHash        the last digest's hash (genesis before the first)
 * @param digestedSequence  the last entry a digest covers (0 before the first digest)
 * @param digestedUntil     the end of the last digest's period; null before the first digest
 * @param pendingSince      when the first entry no digest covers yet was recorded; null when every entry is signed
 */
public record ChainHead(long sequence, String hash, long digestNumber, String digestHash, long digestedSequence,
        Instant digestedUntil, Instant pendingSince) {

    public static final ChainHead EMPTY = new ChainHead(0, AuditCanonical.GENESIS, 0, AuditCanonical.GENESIS, 0,
            null, null);

    /** Entries no digest covers yet. */
    public long pending() {
        return sequence - digestedSequence;
    }

    ChainHead afterEntry(long newSequence, String newHash, Instant recordedAt) {
        return new ChainHead(newSequence, newHash, digestNumber, digestHash, digestedSequence, digestedUntil,
                pendingSince == null ? recordedAt : pendingSince);
    }

    ChainHead afterDigest(long number, String newDigestHash, Instant periodEnd) {
        return new ChainHead(sequence, hash, number, newDigestHash, sequence, periodEnd, null);
    }
}
