package org.kinerja.console.adapter.in.web;

import org.kinerja.console.application.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in is the one of the user's work: their own for an employee, else their role's. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user) {
        if (user.isEmployee()) {
            return "redirect:/saya";
        }
        if (user.has("ADMIN")) {
            return "redirect:/admin";
        }
        if (user.has("INSPEKTORAT")) {
            return "redirect:/jejak-audit";
        }
        if (user.readsTheRegion()) {
            return "redirect:/daerah";
        }
        if (user.has("AGENCY_ADMIN")) {
            return "redirect:/operator";
        }
        return "redirect:/tidak-ada-halaman";
    }

    /** A role the console has no page for yet (an agency's system, for one): said plainly, with the way out. */
    @GetMapping("/tidak-ada-halaman")
    String noPage() {
        return "no-page";
    }
}
