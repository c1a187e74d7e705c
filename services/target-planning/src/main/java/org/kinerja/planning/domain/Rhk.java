package org.kinerja.planning.domain;

import java.util.List;

import org.kinerja.planning.domain.PlanEnums.RhkKind;

/**
 * Rencana hasil kerja: a planned result with its indicators. {@code parentRhkId} is the superior's approved RHK it
 * supports (for the head of an OPD: a target of the agency's performance agreement): the cascade.
 */
public record Rhk(String rhkId, RhkKind kind, String parentRhkId, String description, List<Indicator> indicators) {

    public Rhk {
        indicators = List.copyOf(indicators);
    }
}
