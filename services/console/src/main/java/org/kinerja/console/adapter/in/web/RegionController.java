package org.kinerja.console.adapter.in.web;

import org.kinerja.console.application.RegionOverview;
import org.kinerja.console.application.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The region's page for its leaders and the administrator (scoring refuses anyone else, and the page says so). */
@Controller
class RegionController {

    private final RegionOverview overview;

    RegionController(RegionOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/daerah")
    String region(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String periode,
            Model model) {
        model.addAttribute("page", overview.of(user, periode));
        return "region/home";
    }
}
