package org.kinerja.console.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.kinerja.console.application.PlatformRefusal;
import org.kinerja.console.application.RegionAdministration;
import org.kinerja.console.application.RegionAdministration.PolicyField;
import org.kinerja.console.application.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page ("Administrasi", BKPSDM): the follow-up policy's versions and the form that publishes a new
 * one (each refused field's reason beside it, what was typed kept), the recomputation of a past period with a reason,
 * and an employee's period to lock or reopen. The services decide who may; a refusal is shown where it was asked.
 */
@Controller
class AdminController {

    private final RegionAdministration administration;

    AdminController(RegionAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String nip,
            @RequestParam(required = false) String periode, Model model) {
        RegionAdministration.Policies policies = administration.policies(user);
        model.addAttribute("policies", policies);
        model.addAttribute("fields", RegionAdministration.FIELDS);
        if (!model.containsAttribute("policyErrors")) {
            model.addAttribute("policyErrors", new RegionAdministration.PolicyErrors(Map.of(), List.of()));
        }
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            RegionAdministration.FIELDS.forEach(field -> form.put(field.formName(), policies.valueOf(field)));
            form.put("note", "");
            model.addAttribute("form", form);
        }
        boolean asked = nip != null && nip.matches(PathPatterns.NIP) && periode != null
                && periode.matches(PathPatterns.PERIOD);
        model.addAttribute("nip", nip);
        model.addAttribute("periode", periode);
        model.addAttribute("period", asked ? administration.period(user, nip, periode) : Optional.empty());
        model.addAttribute("periodAsked", asked);
        return "admin/home";
    }

    @PostMapping("/admin/kebijakan")
    String publish(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = new LinkedHashMap<>();
        RegionAdministration.FIELDS.stream().map(PolicyField::formName).forEach(p -> form.put(p, params.get(p)));
        model.addAttribute("form", form);
        model.addAttribute("policyErrors", new RegionAdministration.PolicyErrors(Map.of(), List.of()));
        return done(() -> new Outcome("admin.policy.published", administration.publish(user, form).get("version")),
                "policy", redirect, model, () -> home(user, null, null, model));
    }

    @PostMapping("/admin/hitung-ulang")
    String recompute(@AuthenticationPrincipal SignedInUser user, @RequestParam String period,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        model.addAttribute("recomputePeriod", period);
        model.addAttribute("recomputeReason", reason);
        return done(() -> {
            RegionAdministration.Recomputed result = administration.recompute(user, period.strip(), reason);
            return new Outcome("admin.recompute.done", result.period(), result.resultsRecomputed(),
                    result.policyVersion());
        }, "recompute", redirect, model, () -> home(user, null, null, model));
    }

    @PostMapping("/admin/periode/kunci")
    String lock(@AuthenticationPrincipal SignedInUser user, @RequestParam String nip, @RequestParam String periode,
            Model model, RedirectAttributes redirect) {
        return periodDecision(() -> administration.lock(user, nip, periode).status(), nip, periode, redirect, model,
                user);
    }

    @PostMapping("/admin/periode/buka")
    String reopen(@AuthenticationPrincipal SignedInUser user, @RequestParam String nip, @RequestParam String periode,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        model.addAttribute("reopenReason", reason);
        return periodDecision(() -> administration.reopen(user, nip, periode, reason).status(), nip, periode,
                redirect, model, user);
    }

    private String periodDecision(Supplier<String> decision, String nip, String periode, RedirectAttributes redirect,
            Model model, SignedInUser user) {
        if (!nip.matches(PathPatterns.NIP) || !periode.matches(PathPatterns.PERIOD)) {
            return "redirect:/admin";
        }
        redirect.addAttribute("nip", nip);
        redirect.addAttribute("periode", periode);
        return done(() -> new Outcome("admin.period.done", decision.get()), "period", redirect, model,
                () -> home(user, nip, periode, model));
    }

    /** What a decision did, as the page says it: a message key and its arguments. */
    record Outcome(String key, Object... args) {
    }

    /**
     * A decision sent: back to the page saying what it did, or the same page with the refusal in the section that
     * asked ({@code where}).
     */
    private static String done(Supplier<Outcome> decision, String where, RedirectAttributes redirect, Model model,
            Supplier<String> samePage) {
        try {
            redirect.addFlashAttribute("done", decision.get());
            redirect.addFlashAttribute("doneIn", where);
            return "redirect:/admin";
        } catch (PlatformRefusal refusal) {
            model.addAttribute("refusal", refusal);
            model.addAttribute("refusedIn", where);
            model.addAttribute("policyErrors", RegionAdministration.PolicyErrors.of(refusal));
            return samePage.get();
        }
    }
}
