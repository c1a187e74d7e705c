package org.kinerja.console.adapter.in.web;

import org.kinerja.console.application.Drilldown;
import org.kinerja.console.application.RegionOverview;
import org.kinerja.console.application.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region's pages for its leaders and the administrator, drilling down region → agency → unit (scoring refuses
 * anyone else, and the page says so).
 */
@Controller
class RegionController {

    private final RegionOverview overview;
    private final Drilldown drilldown;

    RegionController(RegionOverview overview, Drilldown drilldown) {
        this.overview = overview;
        this.drilldown = drilldown;
    }

    @GetMapping("/daerah")
    String region(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String periode,
            Model model) {
        model.addAttribute("page", overview.of(user, periode));
        return "region/home";
    }

    /** An agency of the region: its figures, SAKIP grade, units weakest first, its months. */
    @GetMapping("/daerah/opd/{agencyId:[a-z0-9-]{1,64}}")
    String agency(@AuthenticationPrincipal SignedInUser user, @PathVariable String agencyId,
            @RequestParam(required = false) String periode, Model model) {
        model.addAttribute("page", drilldown.agency(user, agencyId, period(periode)));
        return "region/agency";
    }

    /** A unit: the predicate mix against its pattern, why it is flagged, its months, its rewards. */
    @GetMapping("/daerah/unit/{unitId:[a-z0-9-]{1,64}}")
    String unit(@AuthenticationPrincipal SignedInUser user, @PathVariable String unitId,
            @RequestParam(required = false) String periode, Model model) {
        model.addAttribute("page", drilldown.unit(user, unitId, period(periode)));
        return "region/unit";
    }

    private String period(String periode) {
        return periode != null && periode.matches(PathPatterns.PERIOD) ? periode : overview.thisYear();
    }
}
