package org.kinerja.rewards.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.platform.events.OutgoingEvent;

/** Employees' TPP months and yearly angka kredit, each saved with its events, compare-and-set on the version. */
public interface TppStore {

    Optional<TppMonth> findMonth(String id);

    /** Saves at {@code month.version()} over version - 1; false when someone else wrote first. */
    boolean saveMonth(TppMonth month, List<OutgoingEvent> events);

    List<TppMonth> monthsOf(String employeeId);

    List<TppMonth> monthsIn(String month);

    Optional<AngkaKreditYear> findYear(String id);

    boolean saveYear(AngkaKreditYear year, List<OutgoingEvent> events);

    List<AngkaKreditYear> yearsOf(String employeeId);

    List<AngkaKreditYear> yearsIn(int year);
}
