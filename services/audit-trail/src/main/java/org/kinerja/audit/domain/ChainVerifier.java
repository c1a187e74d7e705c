package org.kinerja.audit.domain;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.contracts.AuditCanonical;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;

/**
 * Walks a region's trail and its digests and reports the first broken link: an entry out of sequence (removed,
 * reordered or inserted), one that does not chain to the entry before it, one whose content no longer matches its
 * hash; a digest out of sequence, not chained to the one before, not covering the entries after the previous one, with
 * a bad signature or an unknown key, or naming a head hash the trail does not have. Entries are streamed (a region's
 * trail grows by years); digests, one per day, are held.
 */
public final class ChainVerifier {

    /** Where the chain breaks first: {@code "entry 17"} or {@code "digest 3"}, and what is wrong there. */
    public record Break(String at, String problem) {
    }

    /**
     * What a walk found.
     *
     * @param lastSequence the last entry read
     * @param unsigned     entries after the last digest (not yet signed: normal for the current period)
     */
    public record Verification(long entries, long digests, long lastSequence, long unsigned,
            Optional<Break> firstBreak) {

        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    private final Map<String, PublicKey> keys;
    private final List<AuditDigestSigned> digests = new ArrayList<>();
    private final Map<Long, AuditDigestSigned> digestsByLastSequence = new HashMap<>();
    private Break firstBreak;
    private long entries;
    private long expectedSequence = 1;
    private String previousHash = AuditCanonical.GENESIS;

    /** @param keys the deployment's public keys by key id (its key ring: the current key and retired ones) */
    public ChainVerifier(Map<String, PublicKey> keys, List<AuditDigestSigned> digestsInOrder) {
        this.keys = Map.copyOf(keys);
        checkDigests(digestsInOrder);
    }

    private void checkDigests(List<AuditDigestSigned> inOrder) {
        long expectedNumber = 1;
        long expectedFirst = 1;
        String previous = AuditCanonical.GENESIS;
        for (AuditDigestSigned digest : inOrder) {
            String at = "digest " + digest.number();
            if (digest.number() != expectedNumber) {
                breakAt(at, digest.number() < expectedNumber ? "appears after digest " + (expectedNumber - 1)
                        + ": reordered or duplicated" : "digests " + expectedNumber + ".." + (digest.number() - 1)
                        + " are missing");
                return;
            }
            PublicKey key = keys.get(digest.keyId());
            if (key == null) {
                breakAt(at, "is signed by key '" + digest.keyId() + "', which is not in the key ring");
                return;
            }
            if (!AuditKeys.verify(key, AuditCanonical.digestSigningInput(digest), digest.signature())) {
                breakAt(at, "has a signature that does not verify: the digest was changed or forged");
                return;
            }
            if (!digest.previousDigestHash().equals(previous)) {
                breakAt(at, "does not chain to digest " + (expectedNumber - 1));
                return;
            }
            if (digest.firstSequence() != expectedFirst || digest.lastSequence() < digest.firstSequence()
                    || digest.entries() != digest.lastSequence() - digest.firstSequence() + 1) {
                breakAt(at, "covers entries " + digest.firstSequence() + ".." + digest.lastSequence()
                        + " where entries from " + expectedFirst + " were due");
                return;
            }
            digests.add(digest);
            digestsByLastSequence.put(digest.lastSequence(), digest);
            previous = AuditCanonical.digestHash(digest);
            expectedFirst = digest.lastSequence() + 1;
            expectedNumber++;
        }
    }

    /** The next entry, in the order the trail keeps them. */
    public void entry(AuditEntryRecorded entry) {
        if (firstBreak != null) {
            return;
        }
        String at = "entry " + entry.sequence();
        if (entry.sequence() != expectedSequence) {
            breakAt(at, entry.sequence() < expectedSequence ? "appears after entry " + (expectedSequence - 1)
                    + ": reordered, duplicated or forged" : "entries " + expectedSequence + ".."
                    + (entry.sequence() - 1) + " are missing");
            return;
        }
        if (!previousHash.equals(entry.previousHash())) {
            breakAt(at, "does not chain to entry " + (expectedSequence - 1)
                    + " (its previousHash is not that entry's hash)");
            return;
        }
        if (!AuditCanonical.entryHash(entry).equals(entry.hash())) {
            breakAt(at, "was changed: its content does not match its hash");
            return;
        }
        AuditDigestSigned digest = digestsByLastSequence.get(entry.sequence());
        if (digest != null && !digest.headHash().equals(entry.hash())) {
            breakAt("digest " + digest.number(), "signed head " + digest.headHash() + " for entry "
                    + entry.sequence() + ", which the trail no longer has: the trail was rewritten");
            return;
        }
        entries++;
        previousHash = entry.hash();
        expectedSequence++;
    }

    public Verification result() {
        long last = expectedSequence - 1;
        long signed = digests.isEmpty() ? 0 : digests.get(digests.size() - 1).lastSequence();
        if (firstBreak == null && signed > last) {
            breakAt("entry " + (last + 1), "is missing: digest " + digests.get(digests.size() - 1).number()
                    + " signed entries up to " + signed + " but the trail ends at " + last);
        }
        return new Verification(entries, digests.size(), last, Math.max(0, last - signed),
                Optional.ofNullable(firstBreak));
    }

    private void breakAt(String at, String problem) {
        if (firstBreak == null) {
            firstBreak = new Break(at, problem);
        }
    }
}
