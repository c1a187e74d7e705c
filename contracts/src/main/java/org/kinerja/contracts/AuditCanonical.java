package org.kinerja.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.erdtman.jcs.JsonCanonicalizer;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit chain's canonical forms, as its schemas define them, so that anyone can recompute them from the JSON on
 * the topic with any RFC 8785 (JCS) implementation and SHA-256: an entry's hash is over its JSON without
 * {@code hash}; a digest is signed over its JSON without {@code signature}; the next digest chains to the hash of the
 * whole digest.
 */
public final class AuditCanonical {

    /** The {@code previousHash} of the first entry and the {@code previousDigestHash} of the first digest. */
    public static final String GENESIS = "0".repeat(64);

    private AuditCanonical() {
    }

    /** SHA-256 (lower-case hex) of the entry's canonical JSON without its {@code hash}. */
    public static String entryHash(AuditEntryRecorded entry) {
        return sha256(canonicalWithout(entry, "hash"));
    }

    /** The bytes a digest's signature is over: its canonical JSON without {@code signature}. */
    public static byte[] digestSigningInput(AuditDigestSigned digest) {
        return canonicalWithout(digest, "signature");
    }

    /** SHA-256 (lower-case hex) of the whole digest's canonical JSON, what the next digest chains to. */
    public static String digestHash(AuditDigestSigned digest) {
        return sha256(canonicalWithout(digest, null));
    }

    private static byte[] canonicalWithout(Record value, String field) {
        ObjectNode json = (ObjectNode) EventJson.mapper().valueToTree(value);
        if (field != null) {
            json.remove(field);
        }
        try {
            return new JsonCanonicalizer(EventJson.mapper().writeValueAsString(json)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
