package org.kinerja.planning.domain;

/** Capaian kinerja organisasi: a unit's predicate for a period, set by the head of its parent organisation. */
public enum OrganisationPredicate {
    ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG
}
