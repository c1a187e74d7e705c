package org.kinerja.registry.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.registry.application.ManageEmployee;
import org.kinerja.registry.application.RegisterOrganisation;
import org.kinerja.registry.application.RegistryStore;
import org.kinerja.registry.application.SetRegionalLeadership;
import org.kinerja.registry.domain.RegionalGovernment;
import org.kinerja.registry.domain.RegionalLeadership;
import org.kinerja.registry.domain.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Regional governments and the unit tree. */
@Tag(name = "Organisation", description = "The regional government, its leadership (kepala daerah, Sekda) and its units (OPD, bidang, seksi)")
@RestController
@RequestMapping("/api/registry")
class RegistryController {

    private final RegisterOrganisation organisation;
    private final RegistryStore store;
    private final ManageEmployee employees;
    private final SetRegionalLeadership leadership;

    RegistryController(RegisterOrganisation organisation, RegistryStore store, ManageEmployee employees,
            SetRegionalLeadership leadership) {
        this.organisation = organisation;
        this.store = store;
        this.employees = employees;
        this.leadership = leadership;
    }

    @Operation(summary = "Register the regional government")
    @PostMapping("/regional-governments")
    @ResponseStatus(HttpStatus.CREATED)
    RegionalGovernment registerRegion(Caller caller, @Valid @RequestBody RegistryRequests.RegisterRegion request) {
        return organisation.registerRegion(caller, request.regionId(), request.name(), request.kind());
    }

    @Operation(summary = "Read the regional government")
    @GetMapping("/regional-governments/{regionId}")
    RegionalGovernment region(@PathVariable String regionId) {
        return store.findRegion(regionId).orElseThrow(() -> Refusal.notFound("region-not-found",
                "No regional government '" + regionId + "'."));
    }

    /** Who leads the region: public officials, read by anyone signed in. */
    @Operation(summary = "Read the region's leadership (kepala daerah and Sekda)")
    @GetMapping("/regional-governments/{regionId}/leadership")
    RegionalLeadership leadership(@PathVariable String regionId) {
        return leadership.find(regionId).orElseThrow(() -> Refusal.notFound("leadership-not-set",
                "The leadership of '" + regionId + "' is not recorded yet: the administrator sets it with PUT."));
    }

    @Operation(summary = "Set the region's leadership")
    @PutMapping("/regional-governments/{regionId}/leadership")
    RegionalLeadership setLeadership(Caller caller, @PathVariable String regionId,
            @Valid @RequestBody RegistryRequests.SetLeadership request) {
        return leadership.set(caller, regionId, new SetRegionalLeadership.Command(request.kepalaDaerahId(),
                request.kepalaDaerahName(), request.kepalaDaerahTitle(), request.sekdaId(), request.effectiveFrom()));
    }

    @Operation(summary = "Register a unit (an OPD or a unit inside one)")
    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    Unit registerUnit(Caller caller, @Valid @RequestBody RegistryRequests.RegisterUnit request) {
        return organisation.registerUnit(caller, request.unitId(), request.regionId(), request.parentUnitId(),
                request.name(), request.unitType());
    }

    @Operation(summary = "Read a unit")
    @GetMapping("/units/{unitId}")
    Unit unit(@PathVariable String unitId) {
        return store.findUnit(unitId).orElseThrow(() -> Refusal.notFound("unit-not-found",
                "No unit '" + unitId + "'."));
    }

    /** The units directly under a unit (an agency's bidang, a bidang's subbidang), by name; empty for a leaf. */
    @Operation(summary = "List a unit's child units")
    @GetMapping("/units/{unitId}/children")
    List<Unit> childUnits(@PathVariable String unitId) {
        unit(unitId);
        return store.childUnits(unitId).stream().sorted(java.util.Comparator.comparing(Unit::name)).toList();
    }

    /** In full for the unit's agency and the region's readers; the staff directory's entries for anyone else. */
    @Operation(summary = "List a unit's employees")
    @GetMapping("/units/{unitId}/employees")
    List<?> unitEmployees(Caller caller, @PathVariable String unitId) {
        return employees.ofUnit(caller, unitId);
    }

}
