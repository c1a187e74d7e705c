package org.kinerja.audit.application;

import java.security.PublicKey;
import java.util.Map;

import org.kinerja.audit.domain.ChainVerifier;
import org.kinerja.audit.domain.ChainVerifier.Verification;

/** Walks the stored trail and digests against the deployment's key ring and reports the first broken link. */
public final class VerifyAuditTrail {

    private final AuditTrailStore store;
    private final Map<String, PublicKey> keyRing;

    public VerifyAuditTrail(AuditTrailStore store, Map<String, PublicKey> keyRing) {
        this.store = store;
        this.keyRing = Map.copyOf(keyRing);
    }

    public Verification verifyStored() {
        ChainVerifier verifier = new ChainVerifier(keyRing, store.digestsInOrder());
        store.forEachEntryInOrder(verifier::entry);
        return verifier.result();
    }
}
