package org.kinerja.scoring.domain;

/**
 * Where an indicator's realisation comes from, per indicator in its plan or by the region's default
 * (KINERJA_CAPAIAN_SOURCE): the daily reports (progress harian, the default), the monthly or quarterly realisasi the
 * employee reported (with its explanation), or the realisasi where one was reported and the daily reports elsewhere.
 */
public enum CapaianSource { DAILY_REPORTS, REALISASI, REALISASI_WHERE_PRESENT }
