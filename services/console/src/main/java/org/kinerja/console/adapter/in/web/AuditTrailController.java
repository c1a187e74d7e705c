package org.kinerja.console.adapter.in.web;

import java.time.LocalDate;

import org.kinerja.console.application.AuditTrail;
import org.kinerja.console.application.SignedInUser;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail's page ("Jejak audit") for the administrator and the Inspektorat: the filters as a form that reads
 * with GET (a filtered page can be bookmarked and sent), the entries oldest first, and the chain's verification on
 * request. The audit trail refuses anyone else, and the page says so.
 */
@Controller
class AuditTrailController {

    private final AuditTrail trail;

    AuditTrailController(AuditTrail trail) {
        this.trail = trail;
    }

    /** A filter left empty is no filter: blank fields arrive as null, the others trimmed. */
    @InitBinder
    void blankFieldsAreNoFilter(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/jejak-audit")
    String trail(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String nip,
            @RequestParam(required = false) String opd, @RequestParam(required = false) String jenis,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
            @RequestParam(defaultValue = "0") long setelah, @RequestParam(defaultValue = "false") boolean verifikasi,
            Model model) {
        AuditTrail.Filter filter = new AuditTrail.Filter(nip, opd, jenis, dari, sampai, Math.max(0, setelah));
        model.addAttribute("page", trail.of(user, filter, verifikasi));
        return "audit/home";
    }
}
