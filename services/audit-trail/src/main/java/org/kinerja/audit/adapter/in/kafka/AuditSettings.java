package org.kinerja.audit.adapter.in.kafka;

import java.time.Clock;
import java.time.Duration;

import org.kinerja.audit.domain.AuditKeys;
import org.kinerja.audit.domain.DigestSchedule;

/**
 * What the audit topology needs to know: the deployment's region (one chain per region), when digests are due and
 * the key that signs them, the clock entries are timed by, and how often the signer looks whether a digest is due.
 */
public record AuditSettings(String regionId, DigestSchedule schedule, AuditKeys keys, Clock clock,
        Duration digestCheckEvery) {

    /** The CloudEvents source of the trail's events. */
    public String source() {
        return "/services/audit-trail/" + regionId;
    }
}
