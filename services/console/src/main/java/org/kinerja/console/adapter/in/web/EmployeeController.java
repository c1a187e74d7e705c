package org.kinerja.console.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kinerja.console.application.DailyLog;
import org.kinerja.console.application.EmployeeHome;
import org.kinerja.console.application.MyEvaluation;
import org.kinerja.console.application.PlatformRefusal;
import org.kinerja.console.application.SignedInUser;
import org.kinerja.console.application.SkpWriting;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's own page ("Kinerja saya"): the SKP, the daily log and its form, the scores and their trend, the
 * self-assessment of a period and the keberatan against the year, the TPP, angka kredit and a pembinaan case.
 */
@Controller
class EmployeeController {

    private final EmployeeHome home;
    private final DailyLog dailyLog;
    private final SkpWriting skp;
    private final MyEvaluation evaluation;

    private final MessageSource messages;

    EmployeeController(EmployeeHome home, DailyLog dailyLog, SkpWriting skp, MyEvaluation evaluation,
            MessageSource messages) {
        this.messages = messages;
        this.home = home;
        this.dailyLog = dailyLog;
        this.skp = skp;
        this.evaluation = evaluation;
    }

    /** The daily log form as the browser sends it; an empty field arrives as null. */
    record LogForm(String indicatorId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activityDate,
            @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
            @DateTimeFormat(pattern = "HH:mm") LocalTime endTime, BigDecimal quantity, String description,
            String evidenceUrl, String formKey) {
    }

    @GetMapping("/saya")
    String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
        EmployeeHome.Page page = home.of(user);
        model.addAttribute("page", page);
        model.addAttribute("evaluation", evaluation.of(user));
        if (!model.containsAttribute("realisationForm")) {
            // the month just over proposed (January proposes itself: December belongs to last year's SKP)
            java.time.YearMonth month = page.month().getMonthValue() == 1 ? page.month() : page.month().minusMonths(1);
            model.addAttribute("realisationForm", new RealisationForm(null, month.toString(), null, null, null));
        }
        Object logged = model.getAttribute("logged"); // the report just sent: the log is polled until it shows
        model.addAttribute("awaiting", logged != null && page.thisMonth().stream()
                .noneMatch(a -> a.report().reportId().equals(logged)) ? logged : null);
        if (page.canWriteSkp()) {
            model.addAttribute("sources", skp.sources(user, page.employee(), page.unit(), page.year()));
            if (!model.containsAttribute("rhkForm")) {
                model.addAttribute("rhkForm", new SkpWriting.NewRhk("UTAMA", null, null, null, "KUANTITAS", null,
                        null, "HIGHER_IS_BETTER"));
            }
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LogForm(null, page.today(), null, null, null, null, null,
                    UUID.randomUUID().toString()));
        }
        return "employee/home";
    }

    /** The month's log alone (htmx), polled after a report is sent until it appears (reporting's view follows Kafka). */
    @GetMapping("/saya/kegiatan")
    String monthLog(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String menunggu,
            Model model) {
        var activities = home.monthLog(user, home.thisMonth());
        model.addAttribute("activities", activities);
        model.addAttribute("awaiting", menunggu != null
                && activities.stream().noneMatch(a -> a.report().reportId().equals(menunggu)) ? menunggu : null);
        return "employee/home :: month-log";
    }

    @PostMapping("/saya/kegiatan")
    String log(@AuthenticationPrincipal SignedInUser user, @ModelAttribute LogForm form, Model model,
            RedirectAttributes redirect) {
        try {
            String reportId = dailyLog.log(user, new DailyLog.Entry(form.indicatorId(), form.activityDate(),
                    form.startTime(), form.endTime(), form.quantity(), form.description(), form.evidenceUrl(),
                    form.formKey()));
            redirect.addFlashAttribute("logged", reportId);
            return "redirect:/saya#catatan";
        } catch (PlatformRefusal refusal) {
            model.addAttribute("form", form);
            model.addAttribute("refusal", refusal);
            return mine(user, model);
        }
    }

    /** The employee's own account of a period, which the penilai reads beside the evidence before rating. */
    @PostMapping("/saya/penilaian-diri")
    String selfAssess(@AuthenticationPrincipal SignedInUser user, @RequestParam String period,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        return evaluationStep(() -> evaluation.selfAssess(user, period, text), "mine.evaluation.assessed", user,
                model, redirect, "assess", period, text);
    }

    /** The form's realisasi: an empty number arrives as null (reporting then says it is required). */
    record RealisationForm(String indicatorId, String period, BigDecimal realisation, String explanation,
            String evidenceUrl) {
    }

    /** A month's realisasi of an indicator, with the explanation of a shortfall; reporting's refusal shown in place. */
    @PostMapping("/saya/realisasi")
    String reportRealisation(@AuthenticationPrincipal SignedInUser user, @ModelAttribute RealisationForm form,
            Model model, RedirectAttributes redirect) {
        try {
            evaluation.reportRealisation(user, new MyEvaluation.RealisationEntry(form.indicatorId(), form.period(),
                    form.realisation(), form.explanation(), form.evidenceUrl()));
            redirect.addFlashAttribute("realisationDone", form.indicatorId() + "@" + form.period());
            return "redirect:/saya#realisasi";
        } catch (PlatformRefusal refusal) {
            model.addAttribute("realisationForm", form);
            model.addAttribute("realisationRefusal", refusal);
            return mine(user, model);
        }
    }

    /** A keberatan against the final annual evaluation: the penilai answers it, the atasan penilai decides it. */
    @PostMapping("/saya/keberatan")
    String object(@AuthenticationPrincipal SignedInUser user, @RequestParam String period,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return evaluationStep(() -> evaluation.object(user, period, reason), "mine.evaluation.objected", user, model,
                redirect, "object", period, reason);
    }

    private String evaluationStep(Runnable step, String done, SignedInUser user, Model model,
            RedirectAttributes redirect, String form, String period, String text) {
        try {
            step.run();
            redirect.addFlashAttribute("evaluationDone", done);
            return "redirect:/saya#evaluasi";
        } catch (PlatformRefusal refusal) {
            model.addAttribute("evaluationRefusal", refusal);
            model.addAttribute("evaluationForm", form);
            model.addAttribute("evaluationPeriod", period);
            model.addAttribute("evaluationText", text);
            return mine(user, model);
        }
    }

    @PostMapping("/saya/skp/rhk")
    String addRhk(@AuthenticationPrincipal SignedInUser user, @ModelAttribute SkpWriting.NewRhk form, Model model,
            RedirectAttributes redirect) {
        try {
            skp.add(user, home.thisMonth().getYear(), form);
            redirect.addFlashAttribute("skpDone", "mine.skp.added");
            return "redirect:/saya#skp";
        } catch (PlatformRefusal refusal) {
            model.addAttribute("rhkForm", form);
            model.addAttribute("skpRefusal", refusal);
            return mine(user, model);
        }
    }

    /** A revision of the approved SKP's targets ({@code target-<indicatorId>}), sent to the penilai. */
    @PostMapping("/saya/skp/perubahan")
    String reviseSkp(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        List<PlatformRefusal.FieldError> notNumbers = new ArrayList<>();
        params.forEach((name, value) -> {
            if (name.startsWith("target-") && value != null && !value.isBlank()) {
                try {
                    targets.put(name.substring("target-".length()), new BigDecimal(value.strip().replace(',', '.')));
                } catch (NumberFormatException e) {
                    notNumbers.add(new PlatformRefusal.FieldError(value.strip(), word("mine.skp.targetNotANumber")));
                }
            }
        });
        if (!notNumbers.isEmpty()) {
            // refused here, with what was typed: nothing is sent to planning
            model.addAttribute("skpRefusal", new PlatformRefusal(400, "target-not-a-number",
                    word("mine.skp.targetsRefused"), null, notNumbers));
            return mine(user, model);
        }
        try {
            skp.reviseTargets(user, home.thisMonth().getYear(), targets);
            redirect.addFlashAttribute("skpDone", "mine.skp.revised");
            return "redirect:/saya#skp";
        } catch (PlatformRefusal refusal) {
            model.addAttribute("skpRefusal", refusal);
            return mine(user, model);
        }
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    @PostMapping("/saya/skp/ajukan")
    String submitSkp(@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        try {
            skp.submit(user, home.thisMonth().getYear());
            redirect.addFlashAttribute("skpDone", "mine.skp.submitted");
            return "redirect:/saya#skp";
        } catch (PlatformRefusal refusal) {
            model.addAttribute("skpRefusal", refusal);
            return mine(user, model);
        }
    }
}
