package org.kinerja.platform.security;

/** What a token's holder may do; the {@code roles} claim of the access token lists them. */
public enum Role {
    /** An ASN: manages their own plan and reports; approves and rates as the penilai of others. */
    EMPLOYEE,
    /** An agency's (OPD's) operator: registers units and employees, acts for its agency's employees. */
    AGENCY_ADMIN,
    /** An agency's own system: publishes reports for its agency's employees. */
    AGENCY_SYSTEM,
    /** The region's administrator (BKPSDM): registers agencies, acts across the region. */
    ADMIN,
    /** A leader (pimpinan: Sekda, Bupati/Walikota): reads the region's performance, changes nothing. */
    LEADER,
    /** The region's inspectorate (Inspektorat): reads and verifies the audit trail, changes nothing. */
    INSPEKTORAT
}
