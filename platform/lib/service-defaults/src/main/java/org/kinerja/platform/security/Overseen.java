package org.kinerja.platform.security;

/**
 * An employee as far as reading their personal figures goes (scores, TPP, daily reports, rewards, coaching, angka
 * kredit, the SKP): who they are, their agency, and who oversees them (their penilai and atasan penilai, either may
 * be unknown).
 */
public record Overseen(String employeeId, String agencyId, String penilaiId, String atasanPenilaiId) {

    /** An employee of whom only the agency is known. */
    public static Overseen inAgency(String employeeId, String agencyId) {
        return new Overseen(employeeId, agencyId, null, null);
    }
}
