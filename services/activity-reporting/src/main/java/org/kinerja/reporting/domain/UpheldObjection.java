package org.kinerja.reporting.domain;

/**
 * What an objection the atasan penilai upholds does, as the region decides (KINERJA_UPHELD_OBJECTION): it reopens the
 * evaluation for the pejabat penilai to rate again (REOPEN, the default), or the atasan penilai's own ratings, given
 * with the decision, become the evaluation's (ATASAN_RATES).
 */
public enum UpheldObjection { REOPEN, ATASAN_RATES }
