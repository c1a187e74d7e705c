package org.kinerja.audit.adapter.in.kafka;

import org.kinerja.audit.application.AuditTrailStore;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.ReceivedEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Copies the trail and its digests from their topics into the queryable store, once per sequence and number. */
@Component
class AuditProjectionListener {

    private final AuditTrailStore store;

    AuditProjectionListener(AuditTrailStore store) {
        this.store = store;
    }

    @KafkaListener(id = "audit-projection", topics = {Topics.AUDIT_TRAIL, Topics.AUDIT_DIGESTS})
    void onRecord(@Decoded({EventType.AUDIT_ENTRY_RECORDED, EventType.AUDIT_DIGEST_SIGNED}) ReceivedEvent event) {
        if (event.data() instanceof AuditEntryRecorded entry) {
            store.recordEntry(entry);
        } else {
            store.recordDigest(event.data(AuditDigestSigned.class));
        }
    }
}
