package org.kinerja.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.kinerja.contracts.RegionalLeaders;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from the verified access token: {@code sub} (the NIP for employees, a system name otherwise), the
 * {@code roles}, the {@code agency} they belong to and the {@code region}. Authorisation decisions of the use cases are
 * made against this, never against request fields the caller could set.
 */
public record Caller(String subject, Set<Role> roles, String agencyId, String regionId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String AGENCY_CLAIM = "agency";
    public static final String REGION_CLAIM = "region";

    public static Caller from(Jwt jwt) {
        Collection<String> names = jwt.getClaimAsStringList(ROLES_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException unknownRole) {
                    // A role another system defines means nothing here; ignoring it grants nothing.
                }
            }
        }
        return new Caller(jwt.getSubject(), Set.copyOf(roles), jwt.getClaimAsString(AGENCY_CLAIM),
                jwt.getClaimAsString(REGION_CLAIM));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** The caller reads across the whole region: its administrator or one of its leaders. */
    public boolean readsRegion() {
        return isAdmin() || has(Role.LEADER);
    }

    /**
     * The caller reads the whole audit trail and verifies it: the region's administrator and its inspectorate. An
     * employee reads the entries about themselves only.
     */
    public boolean readsAuditTrail() {
        return isAdmin() || has(Role.INSPEKTORAT);
    }

    /** The caller reads the given agency's figures: region-wide readers and anyone belonging to that agency. */
    public boolean readsAgency(String agency) {
        return readsRegion() || (agency != null && agency.equals(agencyId));
    }

    /**
     * The caller reads an employee's personal figures (scores, TPP, daily reports, rewards, coaching, angka kredit,
     * the SKP): the employee, their penilai and atasan penilai, their agency's HR operators, the region's
     * administrator and leaders. Not a colleague, not another agency, not an agency's system.
     */
    public boolean readsPersonalFiguresOf(Overseen employee) {
        return isEmployee(employee.employeeId()) || readsRegion() || isAgencyOperatorOf(employee.agencyId())
                || (employee.penilaiId() != null && isEmployee(employee.penilaiId()))
                || (employee.atasanPenilaiId() != null && isEmployee(employee.atasanPenilaiId()));
    }

    /**
     * {@link #readsPersonalFiguresOf(Overseen)} for an employee known by id: who oversees them is looked up only when
     * the caller is neither the employee nor a region-wide reader; an employee the service does not know is read by
     * those two alone.
     */
    public boolean readsPersonalFiguresOf(String employeeId, Supplier<Optional<Overseen>> oversight) {
        return isEmployee(employeeId) || readsRegion()
                || oversight.get().map(this::readsPersonalFiguresOf).orElse(false);
    }

    /**
     * The caller reads a pejabat penilai's work list (whom they evaluate, their staff's periods and SKPs): the penilai
     * themselves, the region's administrator and leaders, and the HR operator of the penilai's agency, which is looked
     * up only when the caller is none of the others (empty when the service does not know the penilai).
     */
    public boolean readsWorkListOf(String penilaiId, Supplier<Optional<String>> agencyOfPenilai) {
        return isPenilai(penilaiId) || readsRegion()
                || (has(Role.AGENCY_ADMIN) && agencyOfPenilai.get().map(this::isAgencyOperatorOf).orElse(false));
    }

    /** The caller is the HR operator of this agency. */
    public boolean isAgencyOperatorOf(String agency) {
        return has(Role.AGENCY_ADMIN) && agency != null && agency.equals(agencyId);
    }

    /** The caller is this employee, acting for themselves. */
    public boolean isEmployee(String employeeId) {
        return has(Role.EMPLOYEE) && subject != null && subject.equals(employeeId);
    }

    /**
     * The caller is this pejabat penilai: the employee signed in under their NIP, or the kepala daerah (elected, no
     * NIP) signed in as a leader under their {@code kdh-} id.
     */
    public boolean isPenilai(String penilaiId) {
        if (penilaiId == null) {
            return false;
        }
        if (RegionalLeaders.isKepalaDaerah(penilaiId)) {
            return has(Role.LEADER) && penilaiId.equals(subject);
        }
        return isEmployee(penilaiId);
    }

    /**
     * Whose decision the caller records on their behalf: the kepala daerah's, when the caller is the region's
     * administrator and the penilai is the kepala daerah (who rarely signs in; the BKPSDM records what they decided).
     * Empty for anyone else: a penilai who is an ASN decides for themselves.
     */
    public Optional<String> recordsDecisionOf(String penilaiId) {
        return isAdmin() && RegionalLeaders.isKepalaDaerah(penilaiId) ? Optional.of(penilaiId) : Optional.empty();
    }

    /** The caller is this penilai, or the administrator recording the kepala daerah's decision as their penilai. */
    public boolean decidesAs(String penilaiId) {
        return isPenilai(penilaiId) || recordsDecisionOf(penilaiId).isPresent();
    }

    /** The caller may act on behalf of the given agency: its operator or system, or the region's administrator. */
    public boolean actsForAgency(String agency) {
        if (isAdmin()) {
            return true;
        }
        return (has(Role.AGENCY_ADMIN) || has(Role.AGENCY_SYSTEM)) && agency != null && agency.equals(agencyId);
    }
}
