package org.kinerja.console.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.console.application.Views.Employee;
import org.kinerja.console.application.Views.Period;
import org.kinerja.console.application.Views.Plan;
import org.kinerja.console.application.Views.Preview;
import org.kinerja.console.application.Views.Rhk;
import org.kinerja.console.application.Views.Score;

/**
 * What a pejabat penilai does for one employee: decide on their SKP (with the RHK of the penilai's own SKP each one
 * cascades from shown beside it), and rate a period with the employee's evidence and proposed rating beside the form
 * and the unit's distribution curve as it would be under the ratings chosen. Every rule is the services'.
 */
public final class Appraisal {

    private final Platform platform;
    private final SkpWriting skpWriting;

    public Appraisal(Platform platform, SkpWriting skpWriting) {
        this.platform = platform;
        this.skpWriting = skpWriting;
    }

    /**
     * The SKP under review; {@code cascadesFrom} names each RHK it may cascade from (the superior's approved RHK, or
     * the agency's agreement targets for the head of an OPD) by id.
     */
    public record SkpReview(Employee employee, Plan plan, Map<String, String> cascadesFrom) {

        public boolean awaitsDecision() {
            return "SUBMITTED".equals(plan.status()) || "REVISION_SUBMITTED".equals(plan.status());
        }

        /** A revision is decided on its proposal; the approved content stays in force until then. */
        public List<Rhk> underReview() {
            return "REVISION_SUBMITTED".equals(plan.status()) ? plan.proposal() : plan.rhk();
        }
    }

    public SkpReview skp(SignedInUser user, String nip, int year) {
        Employee employee = employee(user, nip);
        Plan plan = PlatformReads.plan(platform, user, nip, year).orElseThrow(() -> new PlatformRefusal(404,
                "plan-not-found", null, "No SKP of " + nip + " for " + year, List.of()));
        return new SkpReview(employee, plan, skpWriting.sourceNames(user, employee, year));
    }

    public void approve(SignedInUser user, String nip, int year) {
        platform.send(user, Platform.Command.post(PlatformReads.planPath(nip, year) + "/approve", Map.of()), Plan.class);
    }

    public void reject(SignedInUser user, String nip, int year, String note) {
        platform.send(user, Platform.Command.post(PlatformReads.planPath(nip, year) + "/reject", Map.of("note",
                note == null ? "" : note)), Plan.class);
    }

    /**
     * The rating form of a period: the evaluation, the employee's score for it (capaian per indicator, the proposed
     * Hasil Kerja rating), and the curve under {@code hasilKerja} and {@code perilakuKerja}.
     */
    public record RatingPage(Employee employee, String period, Period evaluation, Optional<Score> score,
            Map<String, String> indicatorNames, String hasilKerja, String perilakuKerja, Preview curve) {

        /** An indicator by the words of the SKP, or by its id where the SKP is not readable. */
        public String indicatorName(String indicatorId) {
            return indicatorNames.getOrDefault(indicatorId, indicatorId);
        }
    }

    public RatingPage rating(SignedInUser user, String nip, String period, String hasilKerja, String perilakuKerja) {
        Employee employee = employee(user, nip);
        Period evaluation = PlatformReads.period(platform, user, nip, period);
        Optional<Score> score = platform.find(user, "/api/scoring/employees/" + nip + "/scores/" + period,
                Score.class);
        String hasil = firstOf(hasilKerja, evaluation.hasilKerja(),
                score.map(Score::proposedHasilKerjaRating).orElse(null));
        String perilaku = firstOf(perilakuKerja, evaluation.perilakuKerja(), null);
        Map<String, String> names = PlatformReads.indicatorNames(platform, user, nip, period);
        return new RatingPage(employee, period, evaluation, score, names, hasil, perilaku,
                curve(user, employee.unitId(), nip, period, hasil, perilaku));
    }

    /** The unit's distribution if {@code nip} were rated so (scoring's preview; nothing is stored). */
    public Preview curve(SignedInUser user, String unitId, String nip, String period, String hasilKerja,
            String perilakuKerja) {
        return platform.find(user, "/api/scoring/units/" + unitId + "/scores/" + period + "/preview?employeeId=" + nip
                + "&hasilKerja=" + hasilKerja + "&perilakuKerja=" + perilakuKerja, Preview.class)
                .orElseGet(() -> new Preview(null, Map.of(), null, List.of(), List.of()));
    }

    public Period rate(SignedInUser user, String nip, String period, String hasilKerja, String perilakuKerja) {
        return platform.send(user, Platform.Command.post(PlatformReads.periodPath(nip, period) + "/rating", Map.of("hasilKerja",
                hasilKerja, "perilakuKerja", perilakuKerja)), Period.class);
    }

    public Period finalise(SignedInUser user, String nip, String period) {
        return platform.send(user, Platform.Command.post(PlatformReads.periodPath(nip, period) + "/finalise", Map.of()),
                Period.class);
    }

    private Employee employee(SignedInUser user, String nip) {
        return PlatformReads.employee(platform, user, nip);
    }

    /** The first rating given: the one chosen on the form, the one recorded, the proposal; MEETS otherwise. */
    private static String firstOf(String chosen, String recorded, String proposed) {
        for (String rating : new String[] {chosen, recorded, proposed}) {
            if (rating != null && List.of("BELOW", "MEETS", "ABOVE").contains(rating)) {
                return rating;
            }
        }
        return "MEETS";
    }
}
