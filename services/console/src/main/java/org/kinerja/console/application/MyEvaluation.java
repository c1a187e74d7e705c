package org.kinerja.console.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.console.application.Views.AngkaKreditYear;
import org.kinerja.console.application.Views.CoachingCase;
import org.kinerja.console.application.Views.Objection;
import org.kinerja.console.application.Views.Period;
import org.kinerja.console.application.Views.TppMonth;

/**
 * What follows from an employee's evaluation, on their own page: the realisasi they report per month, their periods (with the self-assessment each asks
 * for, and the keberatan against a final year), the TPP of each month with its breakdown, the angka kredit of a
 * functional position, and a pembinaan case. Read with their own token; the rules (which period may still be
 * self-assessed, when an objection may be filed) are reporting's, whose refusal the page shows.
 */
public final class MyEvaluation {

    private final Platform platform;
    private final Clock clock;
    private final ZoneId zone;
    private final ParallelReads reads;

    public MyEvaluation(Platform platform, Clock clock, ZoneId zone, ParallelReads reads) {
        this.platform = platform;
        this.clock = clock;
        this.zone = zone;
        this.reads = reads;
    }

    /**
     * The page's part. {@code toAssess} are the periods of the year that are over (or the running month) and not
     * self-assessed yet; {@code objection} is the keberatan against the year, if filed.
     */
    public record Part(List<Period> periods, List<String> toAssess, Optional<Period> finalYear,
            Optional<Objection> objection, List<Views.Realisation> realisations, List<TppMonth> tpp,
            List<AngkaKreditYear> angkaKredit, List<CoachingCase> coaching) {

        /** A keberatan may be filed against the final annual evaluation, once. */
        public boolean canObject() {
            return finalYear.isPresent() && objection.isEmpty();
        }
    }

    public Part of(SignedInUser user) {
        String nip = user.subject();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String year = String.valueOf(today.getYear());
        var tpp = reads.start(() -> platform.list(user, "/api/rewards/employees/" + nip + "/tpp", TppMonth.class)
                .stream().filter(m -> m.result() != null && m.month().startsWith(year))
                .sorted(Comparator.comparing(TppMonth::month).reversed()).toList());
        var realisations = reads.start(() -> platform.list(user, "/api/reporting/employees/" + nip
                + "/realisations", Views.Realisation.class).stream().filter(r -> r.period().startsWith(year))
                .sorted(Comparator.comparing(Views.Realisation::period).reversed()).toList());
        var angkaKredit = reads.start(() -> platform.list(user, "/api/rewards/employees/" + nip + "/angka-kredit",
                AngkaKreditYear.class));
        var coaching = reads.start(() -> platform.list(user, "/api/rewards/employees/" + nip + "/coaching-cases",
                CoachingCase.class));
        List<Period> periods = platform.list(user, "/api/reporting/employees/" + nip + "/periods", Period.class)
                .stream().filter(p -> p.period().startsWith(year))
                .sorted(Comparator.comparing(Period::period)).toList();
        Optional<Period> finalYear = periods.stream().filter(p -> p.isYear() && p.isFinal()).findFirst();
        Optional<Objection> objection = finalYear.flatMap(p -> platform.find(user,
                PlatformReads.periodPath(nip, p.period()) + "/objection", Objection.class));
        return new Part(periods, toAssess(periods, today), finalYear, objection, realisations.get(), tpp.get(),
                angkaKredit.get(), coaching.get());
    }

    /** The months of the year up to this one, and the year itself, that are not self-assessed yet. */
    private static List<String> toAssess(List<Period> periods, LocalDate today) {
        List<String> open = new ArrayList<>();
        for (YearMonth month = YearMonth.of(today.getYear(), 1); !month.isAfter(YearMonth.from(today));
                month = month.plusMonths(1)) {
            open.add(month.toString());
        }
        open.add(String.valueOf(today.getYear()));
        periods.stream().filter(p -> p.selfAssessment() != null || p.isFinal()).map(Period::period)
                .forEach(open::remove);
        return open;
    }

    public void selfAssess(SignedInUser user, String period, String text) {
        platform.send(user, Platform.Command.post(PlatformReads.periodPath(user.subject(), period)
                + "/self-assessment", Map.of("text", text == null ? "" : text)), Period.class);
    }

    /** A month's (or quarter's) realisasi of an indicator, with the explanation of a shortfall and its evidence. */
    public record RealisationEntry(String indicatorId, String period, java.math.BigDecimal realisation,
            String explanation, String evidenceUrl) {
    }

    public void reportRealisation(SignedInUser user, RealisationEntry entry) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("employeeId", user.subject());
        body.put("agencyId", user.agency());
        body.put("indicatorId", entry.indicatorId());
        body.put("period", entry.period());
        body.put("realisation", entry.realisation());
        body.put("explanation", blankToNull(entry.explanation()));
        body.put("evidenceUrl", blankToNull(entry.evidenceUrl()));
        platform.send(user, Platform.Command.post("/api/reporting/realisations", body), Object.class);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public void object(SignedInUser user, String period, String reason) {
        platform.send(user, Platform.Command.post(PlatformReads.periodPath(user.subject(), period) + "/objection",
                Map.of("reason", reason == null ? "" : reason)), Objection.class);
    }
}
