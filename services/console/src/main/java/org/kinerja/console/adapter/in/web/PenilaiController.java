package org.kinerja.console.adapter.in.web;

import org.kinerja.console.application.Appraisal;
import org.kinerja.console.application.Coaching;
import org.kinerja.console.application.Objections;
import org.kinerja.console.application.PenilaiWorkList;
import org.kinerja.console.application.PlatformRefusal;
import org.kinerja.console.application.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pejabat penilai's pages ("Penilaian"): the work list with Monitoring Pengisian, an SKP to approve or reject,
 * the rating form whose distribution curve follows the ratings chosen (htmx) before they are saved, and a keberatan
 * to answer (as penilai) or decide (as atasan penilai).
 */
@Controller
class PenilaiController {

    private static final String RATING = "[A-Z]+";

    private final PenilaiWorkList workList;
    private final Appraisal appraisal;
    private final Objections objections;
    private final Coaching coaching;

    PenilaiController(PenilaiWorkList workList, Appraisal appraisal, Objections objections, Coaching coaching) {
        this.workList = workList;
        this.appraisal = appraisal;
        this.objections = objections;
        this.coaching = coaching;
    }

    private static final String CASE = "[A-Za-z0-9:_-]{1,200}";

    @GetMapping("/penilai")
    String workList(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("page", workList.of(user));
        return "penilai/home";
    }

    @GetMapping("/penilai/skp/{nip:" + PathPatterns.NIP + "}")
    String skp(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip, Model model) {
        model.addAttribute("review", appraisal.skp(user, nip, workList.year()));
        return "penilai/skp";
    }

    @PostMapping("/penilai/skp/{nip:" + PathPatterns.NIP + "}/setujui")
    String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip, Model model,
            RedirectAttributes redirect) {
        return decided(() -> appraisal.approve(user, nip, workList.year()), "penilai.done.approved", nip, redirect,
                () -> skp(user, nip, model), model);
    }

    @PostMapping("/penilai/skp/{nip:" + PathPatterns.NIP + "}/tolak")
    String reject(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        model.addAttribute("note", note);
        return decided(() -> appraisal.reject(user, nip, workList.year(), note), "penilai.done.rejected", nip,
                redirect, () -> skp(user, nip, model), model);
    }

    @GetMapping("/penilai/nilai/{nip:" + PathPatterns.NIP + "}/{period:" + PathPatterns.PERIOD + "}")
    String ratingForm(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip,
            @PathVariable String period, @RequestParam(required = false) String hasilKerja,
            @RequestParam(required = false) String perilakuKerja, Model model) {
        Appraisal.RatingPage page = appraisal.rating(user, nip, period, hasilKerja, perilakuKerja);
        model.addAttribute("page", page);
        model.addAttribute("curve", page.curve());
        return "penilai/rating";
    }

    /** The curve alone (htmx), as it would be under the ratings now chosen on the form. */
    @GetMapping("/penilai/nilai/{nip:" + PathPatterns.NIP + "}/{period:" + PathPatterns.PERIOD + "}/kurva")
    String curve(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip, @PathVariable String period,
            @RequestParam String unitId, @RequestParam String hasilKerja, @RequestParam String perilakuKerja,
            Model model) {
        model.addAttribute("curve", appraisal.curve(user, unitId, nip, period, rating(hasilKerja),
                rating(perilakuKerja)));
        return "penilai/rating :: curve";
    }

    /** Saves the two ratings; with {@code tetapkan} the predicate is set as well (the period is final then). */
    @PostMapping("/penilai/nilai/{nip:" + PathPatterns.NIP + "}/{period:" + PathPatterns.PERIOD + "}")
    String rate(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip, @PathVariable String period,
            @RequestParam String hasilKerja, @RequestParam String perilakuKerja,
            @RequestParam(required = false) String tetapkan, Model model, RedirectAttributes redirect) {
        boolean finalise = tetapkan != null;
        return decided(() -> {
            appraisal.rate(user, nip, period, rating(hasilKerja), rating(perilakuKerja));
            if (finalise) {
                appraisal.finalise(user, nip, period);
            }
        }, finalise ? "penilai.done.finalised" : "penilai.done.rated", nip, redirect,
                () -> ratingForm(user, nip, period, hasilKerja, perilakuKerja, model), model);
    }

    /** A keberatan with the evaluation it is against, and the form of the step it waits for. */
    @GetMapping("/penilai/keberatan/{nip:" + PathPatterns.NIP + "}/{period:" + PathPatterns.PERIOD + "}")
    String objection(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip,
            @PathVariable String period, Model model) {
        model.addAttribute("page", objections.of(user, nip, period));
        return "penilai/objection";
    }

    @PostMapping("/penilai/keberatan/{nip:" + PathPatterns.NIP + "}/{period:" + PathPatterns.PERIOD + "}/tanggapi")
    String answer(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip, @PathVariable String period,
            @RequestParam(required = false) String answer, Model model, RedirectAttributes redirect) {
        model.addAttribute("typed", answer);
        return decided(() -> objections.answer(user, nip, period, answer), "penilai.done.answered", nip, redirect,
                () -> objection(user, nip, period, model), model);
    }

    @PostMapping("/penilai/keberatan/{nip:" + PathPatterns.NIP + "}/{period:" + PathPatterns.PERIOD + "}/putuskan")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip, @PathVariable String period,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
            @RequestParam(required = false) String hasilKerja, @RequestParam(required = false) String perilakuKerja,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("typed", note);
        return decided(() -> objections.decide(user, nip, period, decision, note, hasilKerja, perilakuKerja),
                "penilai.done.decided", nip, redirect, () -> objection(user, nip, period, model), model);
    }

    /** A pembinaan case the penilai leads: its goals and sessions, a session or goal to add, the review when due. */
    @GetMapping("/penilai/pembinaan/{caseId:" + CASE + "}")
    String coachingCase(@AuthenticationPrincipal SignedInUser user, @PathVariable String caseId, Model model) {
        model.addAttribute("page", coaching.of(user, caseId, workList.today()));
        return "penilai/coaching";
    }

    @PostMapping("/penilai/pembinaan/{caseId:" + CASE + "}/sesi")
    String coachingSession(@AuthenticationPrincipal SignedInUser user, @PathVariable String caseId,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date,
            @RequestParam(required = false) String notes, Model model, RedirectAttributes redirect) {
        model.addAttribute("typedNotes", notes);
        return coachingStep(() -> coaching.session(user, caseId, date, notes), "penilai.coaching.sessionAdded",
                user, caseId, model, redirect);
    }

    @PostMapping("/penilai/pembinaan/{caseId:" + CASE + "}/tujuan")
    String coachingGoal(@AuthenticationPrincipal SignedInUser user, @PathVariable String caseId,
            @RequestParam(required = false) String goal, Model model, RedirectAttributes redirect) {
        model.addAttribute("typedGoal", goal);
        return coachingStep(() -> coaching.goal(user, caseId, goal), "penilai.coaching.goalAdded", user, caseId,
                model, redirect);
    }

    @PostMapping("/penilai/pembinaan/{caseId:" + CASE + "}/tinjau")
    String coachingReview(@AuthenticationPrincipal SignedInUser user, @PathVariable String caseId,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        model.addAttribute("typedReview", note);
        return coachingStep(() -> coaching.review(user, caseId, note), "penilai.coaching.reviewed", user, caseId,
                model, redirect);
    }

    /** A step of the case: back to the case saying so, or the case again with the refusal above its forms. */
    private String coachingStep(Runnable step, String done, SignedInUser user, String caseId, Model model,
            RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:/penilai/pembinaan/" + caseId;
        } catch (PlatformRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return coachingCase(user, caseId, model);
        }
    }

    /** A decision sent: back to the work list saying so, or the same page again with the refusal beside the form. */
    private static String decided(Runnable decision, String done, String nip, RedirectAttributes redirect,
            java.util.function.Supplier<String> samePage, Model model) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", done);
            redirect.addFlashAttribute("doneFor", nip);
            return "redirect:/penilai";
        } catch (PlatformRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return samePage.get();
        }
    }

    /** A rating as the form sends it: anything but the three values is refused by the service with its message. */
    private static String rating(String value) {
        return value != null && value.matches(RATING) ? value : "INVALID";
    }
}
