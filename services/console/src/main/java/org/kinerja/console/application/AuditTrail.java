package org.kinerja.console.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit trail's page, for the administrator and the inspectorate (Inspektorat): the region's decisions, filtered
 * by employee, agency, kind and days, a page at a time, and on request the chain's verification (every hash, link and
 * signed digest checked by the audit trail). The audit trail decides who reads what; an employee reads the decisions
 * about themselves in their subject-access export.
 */
public final class AuditTrail {

    /** Entries on a page. */
    static final int PAGE = 50;

    /** What the reader asked for; each part optional. Days are the region's calendar days, both included. */
    public record Filter(String employeeId, String agencyId, String kind, LocalDate from, LocalDate to, long after) {

        /** The filter as query parameters of the audit trail's API, blank parts left out. */
        String query(ZoneId zone) {
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("employeeId", employeeId);
            parts.put("agencyId", agencyId);
            parts.put("kind", kind);
            parts.put("from", from == null ? null : from.atStartOfDay(zone).toInstant());
            parts.put("to", to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
            parts.put("after", after);
            parts.put("limit", PAGE);
            StringBuilder query = new StringBuilder();
            parts.forEach((name, value) -> {
                if (value != null && !value.toString().isBlank()) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
                }
            });
            return query.toString();
        }
    }

    /** One decision as the trail recorded it. */
    public record Entry(long sequence, String kind, String subjectType, String subjectId, String employeeId,
            String agencyId, Actor actor, Map<String, String> before, Map<String, String> after, String reason,
            Instant decidedAt, String eventId, String requestId, String hash) {

        /** The fields the decision changed, each as "field: before → after". */
        public List<String> changes() {
            Map<String, String> was = before == null ? Map.of() : before;
            Map<String, String> now = after == null ? Map.of() : after;
            return now.entrySet().stream().filter(e -> !e.getValue().equals(was.get(e.getKey())))
                    .map(e -> e.getKey() + ": " + was.getOrDefault(e.getKey(), "–") + " → " + e.getValue()).toList();
        }
    }

    public record Actor(String subject, List<String> roles, String onBehalfOf) {
    }

    record EntryPage(List<Entry> entries, Long nextAfter) {
    }

    /** The chain's verification: intact, or where it first breaks and why. */
    public record Verification(boolean intact, long entries, long digests, long lastSequence, long unsigned,
            Map<String, String> firstBreak) {
    }

    /** A page of the trail, the next page's start (null on the last), and the verification when asked. */
    public record Page(Filter filter, List<Entry> entries, Long nextAfter, Optional<Verification> verification) {
    }

    private final Platform platform;
    private final ZoneId zone;

    public AuditTrail(Platform platform, ZoneId zone) {
        this.platform = platform;
        this.zone = zone;
    }

    public Page of(SignedInUser user, Filter filter, boolean verify) {
        EntryPage page = platform.find(user, "/api/audit/entries" + filter.query(zone), EntryPage.class)
                .orElse(new EntryPage(List.of(), null));
        Optional<Verification> verification = verify
                ? platform.find(user, "/api/audit/verification", Verification.class) : Optional.empty();
        return new Page(filter, page.entries() == null ? List.of() : page.entries(), page.nextAfter(), verification);
    }
}
