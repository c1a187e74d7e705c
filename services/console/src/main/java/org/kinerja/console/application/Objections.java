package org.kinerja.console.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kinerja.console.application.Views.Employee;
import org.kinerja.console.application.Views.Objection;
import org.kinerja.console.application.Views.Period;

/**
 * A keberatan as the penilai answers it and the atasan penilai decides it, with the evaluation it is against beside
 * it. Who may do which is reporting's rule (its refusal is shown); the page offers the step the objection waits for.
 */
public final class Objections {

    private final Platform platform;

    public Objections(Platform platform) {
        this.platform = platform;
    }

    public record ObjectionPage(Employee employee, Period evaluation, Objection objection) {

        public boolean awaitsAnswer() {
            return "FILED".equals(objection.status());
        }

        public boolean awaitsDecision() {
            return "ANSWERED_BY_PENILAI".equals(objection.status());
        }
    }

    public ObjectionPage of(SignedInUser user, String nip, String period) {
        Employee employee = PlatformReads.employee(platform, user, nip);
        Period evaluation = PlatformReads.period(platform, user, nip, period);
        Objection objection = platform.find(user, objectionPath(nip, period), Objection.class).orElseThrow(
                () -> new PlatformRefusal(404, "objection-not-found", null, "No objection of " + nip + " against "
                        + period, List.of()));
        return new ObjectionPage(employee, evaluation, objection);
    }

    public void answer(SignedInUser user, String nip, String period, String answer) {
        platform.send(user, Platform.Command.post(objectionPath(nip, period) + "/answer", Map.of("answer",
                answer == null ? "" : answer)), Objection.class);
    }

    /**
     * The decision with its note; the two ratings only where the atasan penilai gives them (the region's choice
     * for an upheld objection), else the evaluation goes back to the penilai.
     */
    public void decide(SignedInUser user, String nip, String period, String decision, String note, String hasilKerja,
            String perilakuKerja) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("note", note == null ? "" : note);
        if (hasilKerja != null && !hasilKerja.isBlank() && perilakuKerja != null && !perilakuKerja.isBlank()) {
            body.put("hasilKerja", hasilKerja);
            body.put("perilakuKerja", perilakuKerja);
        }
        platform.send(user, Platform.Command.post(objectionPath(nip, period) + "/decision", body), Objection.class);
    }

    private static String objectionPath(String nip, String period) {
        return PlatformReads.periodPath(nip, period) + "/objection";
    }
}
