package org.kinerja.registry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.PositionType;
import org.kinerja.registry.domain.RegionalLeadership;
import org.kinerja.registry.domain.RegionalLeadership.KepalaDaerahTitle;

/**
 * Records who leads the region (the administrator alone): the kepala daerah and the Sekda, who must be an active JPT
 * heading one of the region's OPDs (the Sekretariat Daerah). Then the top of every OPD's tree is re-resolved, so each
 * OPD head gets the Sekda as penilai and everyone's atasan penilai follows; each change is its own event.
 */
public class SetRegionalLeadership {

    /** What the administrator records; {@code sekdaId} null while the office is vacant. */
    public record Command(String kepalaDaerahId, String kepalaDaerahName, KepalaDaerahTitle kepalaDaerahTitle,
            String sekdaId, LocalDate effectiveFrom) {
    }

    private final RegistryStore store;
    private final PenilaiReassessment penilai;
    private final RegistryEvents events;
    private final Clock clock;

    public SetRegionalLeadership(RegistryStore store, PenilaiReassessment penilai, String region, Clock clock) {
        this.store = store;
        this.penilai = penilai;
        this.events = new RegistryEvents(region);
        this.clock = clock;
    }

    public RegionalLeadership set(Caller caller, String regionId, Command command) {
        if (!caller.isAdmin()) {
            throw Refusal.notAllowed("admin-only", "Only the region's administrator records its leadership.");
        }
        store.findRegion(regionId).orElseThrow(() -> Refusal.notFound("region-not-found",
                "No regional government '" + regionId + "'."));
        if (command.sekdaId() != null) {
            requireSekda(regionId, command.sekdaId());
        }
        LocalDate from = command.effectiveFrom() == null ? LocalDate.now(clock) : command.effectiveFrom();
        Optional<RegionalLeadership> current = store.findLeadership(regionId);
        RegionalLeadership next = current.map(c -> c.next(command.kepalaDaerahId(), command.kepalaDaerahName(),
                command.kepalaDaerahTitle(), command.sekdaId(), from, clock.instant()))
                .orElseGet(() -> RegionalLeadership.first(regionId, command.kepalaDaerahId(),
                        command.kepalaDaerahName(), command.kepalaDaerahTitle(), command.sekdaId(), from,
                        clock.instant()));
        if (!store.saveLeadership(next, events.set(next, caller.subject()))) {
            throw Refusal.conflict("leadership-changed", "The region's leadership was changed by someone else "
                    + "meanwhile; reload and retry.");
        }
        penilai.reassessRegion(regionId, from);
        return next;
    }

    public Optional<RegionalLeadership> find(String regionId) {
        return store.findLeadership(regionId);
    }

    private void requireSekda(String regionId, String sekdaId) {
        Employee sekda = store.findEmployee(sekdaId).filter(Employee::active).orElseThrow(() -> Refusal
                .invalid("unknown-sekda", "The Sekda '" + sekdaId + "' is not an active registered employee."));
        boolean headsAnOpd = sekda.headOfUnit() && store.findUnit(sekda.unitId())
                .map(u -> u.parentUnitId() == null && u.regionId().equals(regionId)).orElse(false);
        if (sekda.positionType() != PositionType.JPT || !headsAnOpd) {
            throw Refusal.invalid("sekda-not-an-opd-head", "The Sekda is a JPT heading an OPD of region '"
                    + regionId + "' (the Sekretariat Daerah); " + sekdaId + " is a " + sekda.positionType()
                    + (headsAnOpd ? "." : " who heads no OPD here."));
        }
    }
}
