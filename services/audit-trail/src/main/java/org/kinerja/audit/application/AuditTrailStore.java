package org.kinerja.audit.application;

import java.util.List;
import java.util.function.Consumer;

import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;

/**
 * The queryable copy of the region's trail and digests, projected from their topics. Written once per sequence and
 * digest number: a replay or a second record claiming a taken sequence changes nothing (the verification of the
 * topic itself finds such a forgery).
 */
public interface AuditTrailStore {

    /** False when an entry with this sequence is already stored. */
    boolean recordEntry(AuditEntryRecorded entry);

    /** False when a digest with this number is already stored. */
    boolean recordDigest(AuditDigestSigned digest);

    List<AuditEntryRecorded> find(AuditQuery query);

    /** Every stored entry in the order of their sequence, streamed (a trail grows by years). */
    void forEachEntryInOrder(Consumer<AuditEntryRecorded> consumer);

    List<AuditDigestSigned> digestsInOrder();
}
