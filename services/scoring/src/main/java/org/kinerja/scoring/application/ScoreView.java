package org.kinerja.scoring.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.events.ScoreUpdated;

/** The queryable read model of scores: the latest version per employee and period. */
public interface ScoreView {

    /** Keeps the score unless a newer version is stored already; replays and reordering change nothing. */
    void upsert(ScoreUpdated score);

    Optional<ScoreUpdated> find(String employeeId, String period);

    List<ScoreUpdated> ofEmployee(String employeeId);
}
