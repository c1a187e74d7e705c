package org.kinerja.reporting.application;

import java.time.Clock;
import java.time.Instant;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ObjectionChanged;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.domain.EvaluationPeriod;
import org.kinerja.reporting.domain.Objection;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;
import org.kinerja.reporting.domain.UpheldObjection;

/**
 * The objection to an annual evaluation: the employee files it, their pejabat penilai answers, their atasan pejabat
 * penilai decides. Each step is an ObjectionChanged event.
 */
public class ManageObjection {

    /** Where objections are kept, each written with its event (outbox). */
    public interface ObjectionStore {
        java.util.Optional<Objection> find(String objectionId);

        /** Stores it if the stored one is still at {@code next.version() - 1} (absent for 1); false otherwise. */
        boolean save(Objection next, OutgoingEvent event);
    }

    private final ObjectionStore objections;
    private final EvaluationStore evaluations;
    private final ManageEvaluation evaluation;
    private final ReportingDirectory directory;
    private final UpheldObjection upheld;
    private final Clock clock;

    public ManageObjection(ObjectionStore objections, EvaluationStore evaluations, ManageEvaluation evaluation,
            ReportingDirectory directory, UpheldObjection upheld, Clock clock) {
        this.objections = objections;
        this.evaluations = evaluations;
        this.evaluation = evaluation;
        this.directory = directory;
        this.upheld = upheld;
        this.clock = clock;
    }

    public Objection file(Caller caller, String employeeId, String period, String reason) {
        KnownEmployee employee = directory.requireEmployee(employeeId);
        if (!caller.isEmployee(employeeId)) {
            throw Refusal.notAllowed("not-your-evaluation", "Only employee " + employeeId + " files an objection "
                    + "to their evaluation.");
        }
        EvaluationPeriod evaluation = evaluations.find(employeeId, period).orElseThrow(() -> Refusal
                .invalid("evaluation-not-final", "There is no finalised evaluation of " + period + " yet."));
        return save(caller, () -> Objection.file(evaluation, employee.atasanPenilaiId(), reason));
    }

    public Objection answer(Caller caller, String employeeId, String period, String text) {
        Objection current = find(employeeId, period);
        if (!caller.decidesAs(current.penilaiId())) {
            throw Refusal.notAllowed("not-the-penilai", "Only the pejabat penilai answers this objection.");
        }
        return save(caller, () -> current.answer(text));
    }

    /**
     * The atasan penilai's decision. UPHELD changes the result as the region decides: the evaluation reopens for the
     * penilai to rate again (REOPEN), or the atasan penilai's own ratings, given with the decision, become the
     * evaluation's (ATASAN_RATES); each step is the evaluation's own audited event.
     */
    public Objection decide(Caller caller, String employeeId, String period, Objection.Decision decision,
            String note, EvaluationPeriod.Rating hasilKerja, EvaluationPeriod.Rating perilakuKerja) {
        Objection current = find(employeeId, period);
        if (!caller.decidesAs(current.atasanPenilaiId())) {
            throw Refusal.notAllowed("not-the-atasan-penilai", "Only the atasan pejabat penilai decides this "
                    + "objection.");
        }
        boolean rated = hasilKerja != null || perilakuKerja != null;
        boolean atasanRates = upheld == UpheldObjection.ATASAN_RATES && decision == Objection.Decision.UPHELD;
        if (atasanRates && (hasilKerja == null || perilakuKerja == null)) {
            throw Refusal.invalid("ratings-required", "In this region the atasan penilai rates an upheld "
                    + "objection: give hasilKerja and perilakuKerja with the decision.");
        }
        if (rated && !atasanRates) {
            throw Refusal.invalid("ratings-not-used", decision == Objection.Decision.DISMISSED
                    ? "A dismissed objection leaves the evaluation as it is: give no ratings."
                    : "In this region an upheld objection reopens the evaluation for the penilai to rate again: "
                            + "give no ratings with the decision.");
        }
        Objection decided = save(caller, () -> current.decide(decision, note));
        if (atasanRates) {
            evaluation.rateForUpheldObjection(caller, employeeId, period, note, hasilKerja, perilakuKerja);
        } else if (decision == Objection.Decision.UPHELD) {
            // The objection changes the result: the penilai rates again (PP 30/2019 keberatan), audited as the
            // evaluation's REOPENED event with the decision's note.
            evaluation.reopenForUpheldObjection(caller, employeeId, period, note);
        }
        return decided;
    }

    /**
     * An objection is read by the employee's readers and their agency's operators (from the registry's projection,
     * before anything is looked up), and by the penilai and atasan penilai it names; anyone else gets 403 whether or
     * not there is an objection.
     */
    public Objection find(Caller caller, String employeeId, String period) {
        boolean reader = caller.readsRegion() || directory.findEmployee(employeeId)
                .map(e -> ReportReadAccess.readsOrActsFor(caller, e)).orElse(false);
        if (reader) {
            return find(employeeId, period);
        }
        return objections.find(employeeId + ":" + period).filter(o -> caller.isEmployee(o.penilaiId())
                || caller.isEmployee(o.atasanPenilaiId())).orElseThrow(() -> Refusal.notAllowed("not-your-agency",
                        "An objection is visible to those it concerns."));
    }

    private Objection find(String employeeId, String period) {
        return objections.find(employeeId + ":" + period).orElseThrow(() -> Refusal.notFound(
                "objection-not-found", "No objection to the " + period + " evaluation of " + employeeId + "."));
    }

    /** The kepala daerah whose step the administrator records: the one the objection waits for. */
    private static String onBehalfOf(Caller caller, Objection next) {
        String decider = next.status() == Objection.Status.ANSWERED_BY_PENILAI ? next.penilaiId()
                : next.status() == Objection.Status.DECIDED_BY_ATASAN_PENILAI ? next.atasanPenilaiId() : null;
        return decider == null ? null : caller.recordsDecisionOf(decider).orElse(null);
    }

    private Objection save(Caller caller, java.util.function.Supplier<Objection> transition) {
        Objection next = transition.get();
        Instant now = clock.instant();
        ObjectionChanged data = new ObjectionChanged(next.objectionId(), next.employeeId(), next.agencyId(),
                next.period(), next.status().name(), next.reason(), next.answer(),
                next.decision() == null ? null : next.decision().name(), next.decisionNote(), next.penilaiId(),
                next.atasanPenilaiId(), caller.subject(), next.version(), now, onBehalfOf(caller, next));
        if (!objections.save(next, OutgoingEvent.of(EventType.OBJECTION_CHANGED, "objection:" + next.objectionId()
                + ":" + next.version(), "/agencies/" + next.agencyId(), next.employeeId(), next.objectionId(), now,
                data))) {
            throw Refusal.conflict("objection-exists", "An objection to this evaluation exists already, or "
                    + "changed meanwhile.");
        }
        return next;
    }

}
