package org.kinerja.console.adapter.in.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.kinerja.console.application.AgencyOnboarding;
import org.kinerja.console.application.PlatformRefusal;
import org.kinerja.console.application.SignedInUser;
import org.kinerja.console.application.Views.ImportJob;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The agency HR operator's pages ("Operator"): the agency's staff, the CSV onboarding form, and the job's page whose
 * progress bar and refused rows follow the registry (htmx, every second) until the last row.
 */
@Controller
class OperatorController {

    private static final String JOB = "[A-Za-z0-9:_-]{1,200}";

    private final AgencyOnboarding onboarding;

    OperatorController(AgencyOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @GetMapping("/operator")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("page", onboarding.of(user));
        return "operator/home";
    }

    @PostMapping("/operator/impor")
    String upload(@AuthenticationPrincipal SignedInUser user, @RequestParam("file") MultipartFile file,
            Model model) {
        try {
            ImportJob job = onboarding.start(user, file.getBytes());
            return "redirect:/operator/impor/" + job.jobId();
        } catch (PlatformRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return home(user, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/operator/impor/{jobId:" + JOB + "}")
    String job(@AuthenticationPrincipal SignedInUser user, @PathVariable String jobId, Model model) {
        model.addAttribute("job", onboarding.job(user, jobId));
        return "operator/import";
    }

    /** The job's progress alone (htmx), polled while it runs. */
    @GetMapping("/operator/impor/{jobId:" + JOB + "}/kemajuan")
    String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable String jobId, Model model) {
        model.addAttribute("job", onboarding.job(user, jobId));
        return "operator/import :: progress";
    }
}
