package org.kinerja.console.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Who is signed in: the subject, roles and agency of their access token, and the token itself, which every call to the
 * platform carries (the console decides nothing about access; the services do, on this token).
 */
public record SignedInUser(String subject, List<String> roles, String agency, String accessToken, Instant expiresAt)
        implements Serializable {

    public SignedInUser {
        roles = List.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** An ASN with their own work (an SKP, a daily log), as opposed to an operator, a system or the administrator. */
    public boolean isEmployee() {
        return has("EMPLOYEE");
    }

    /** The region's readers: the administrator (BKPSDM) and the leadership. */
    public boolean readsTheRegion() {
        return has("ADMIN") || has("LEADER");
    }

    /** The audit trail's readers: the administrator and the inspectorate (Inspektorat, read-only). */
    public boolean readsTheAuditTrail() {
        return has("ADMIN") || has("INSPEKTORAT");
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
