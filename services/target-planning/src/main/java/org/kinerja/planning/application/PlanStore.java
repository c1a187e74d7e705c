package org.kinerja.planning.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.planning.domain.Skp;
import org.kinerja.platform.events.OutgoingEvent;

/** Plans, each written with its events in one atomic document write (outbox), guarded by the plan's version. */
public interface PlanStore {

    /** Stores a new plan with its creation event; false when a plan with its id exists already. */
    boolean insert(Skp plan, OutgoingEvent created);

    Optional<Skp> find(String planId);

    /** Every SKP of the employee, of every year, oldest year first. */
    List<Skp> ofEmployee(String employeeId);

    /**
     * Replaces the plan if it is still at {@code next.version() - 1}, adding the events to its outbox; false when
     * someone else changed it first.
     */
    boolean update(Skp next, List<OutgoingEvent> events);
}
