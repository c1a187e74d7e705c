package org.kinerja.planning.domain;

import java.util.List;

import org.kinerja.planning.domain.PlanEnums.RhkKind;

/** Rencana hasil kerja: a planned result with its indicators. */
public record Rhk(String rhkId, RhkKind kind, String description, List<Indicator> indicators) {

    public Rhk {
        indicators = List.copyOf(indicators);
    }
}
