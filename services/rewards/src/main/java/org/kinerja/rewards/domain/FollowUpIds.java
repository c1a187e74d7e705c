package org.kinerja.rewards.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ids of rewards and coaching cases, and the employee each one names. The ids are deterministic (a replay or a
 * recomputation must find the same reward), so anyone can guess one: an access check that ran only on a stored reward
 * would answer 404 for a guess that names no reward and 403 for one that does, telling an outsider who is under
 * pembinaan or holds a certificate. Reads and writes therefore check the caller against the employee the id names,
 * whether or not the reward or case exists.
 */
public final class FollowUpIds {

    private static final Pattern NIP = Pattern.compile("\\d{18}");

    private FollowUpIds() {
    }

    /** A certificate or promotion priority: {@code certificate:<nip>:<period>}. */
    public static String reward(String kind, String employeeId, String period) {
        return kind.toLowerCase().replace('_', '-') + ":" + employeeId + ":" + period;
    }

    /** An incentive recommendation: {@code incentive:<unit>:<period>:<nip>}. */
    public static String incentive(String unitId, String period, String employeeId) {
        return "incentive:" + unitId + ":" + period + ":" + employeeId;
    }

    /** A coaching case, one per employee and the period that opened it: {@code <nip>:<period>}. */
    public static String coachingCase(String employeeId, String period) {
        return employeeId + ":" + period;
    }

    /** The employee (NIP) an id names, if it is one of the forms above. */
    public static Optional<String> employeeNamedIn(String id) {
        String[] parts = id.split(":", -1);
        String named = switch (parts.length) {
            case 2 -> parts[0];
            case 3 -> parts[1];
            case 4 -> parts[0].equals("incentive") ? parts[3] : null;
            default -> null;
        };
        return named != null && NIP.matcher(named).matches() ? Optional.of(named) : Optional.empty();
    }
}
