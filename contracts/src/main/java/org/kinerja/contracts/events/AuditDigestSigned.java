package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * A signed digest of a region's audit trail, published once per digest period (a day by default) when the trail has
 * grown: it names the range of entries it covers and the hash of the last one (the chain's head then), chains to the
 * digest before it, and is signed with the deployment's Ed25519 key, so a trail rewritten from its start (every hash
 * recomputed) still disagrees with the digests already published and copied elsewhere. {@code signature} is the
 * base64 Ed25519 signature of the digest's JSON without {@code signature}, canonicalised by RFC 8785 (JCS).
 * Key: the region id.
 *
 * @param number             1, 2, 3... without a gap
 * @param firstSequence      the first entry it covers (the one after the previous digest's last)
 * @param lastSequence       the last entry it covers
 * @param headHash           the hash of entry {@code lastSequence}
 * @param previousDigestHash the SHA-256 (hex) of the previous digest's canonical JSON, signature included (64 zeros
 *                           for the first)
 * @param keyId              which of the deployment's keys signed it (the verifier's key ring names it)
 */
public record AuditDigestSigned(String regionId, long number, Instant periodStart, Instant periodEnd,
        long firstSequence, long lastSequence, long entries, String headHash, String previousDigestHash, String keyId,
        String algorithm, Instant signedAt, String signature) {

    public AuditDigestSigned withSignature(String newSignature) {
        return new AuditDigestSigned(regionId, number, periodStart, periodEnd, firstSequence, lastSequence, entries,
                headHash, previousDigestHash, keyId, algorithm, signedAt, newSignature);
    }
}
