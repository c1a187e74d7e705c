package org.kinerja.scoring.domain;

/** How the realisations of a period combine into one figure, as the indicator says. */
public enum Aggregation {
    SUM, LATEST, AVERAGE, MIN, MAX
}
