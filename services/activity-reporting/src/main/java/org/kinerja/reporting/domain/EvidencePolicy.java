package org.kinerja.reporting.domain;

/**
 * Which realisations need their evidence (bukti dukung) across the region (KINERJA_EVIDENCE_REQUIRED): none by
 * default, every monthly or quarterly realisasi, or every daily report and realisasi alike. An indicator whose plan
 * says {@code evidenceRequired} needs it for its reports and realisations whatever the region's policy.
 */
public enum EvidencePolicy {
    NONE, REALISATIONS, ALL;

    /** Whether evidence is required for a report ({@code realisation} false) or a realisasi of the indicator. */
    public boolean requires(ReportRules.ApprovedIndicator indicator, boolean realisation) {
        if (Boolean.TRUE.equals(indicator.evidenceRequired())) {
            return true;
        }
        return this == ALL || (this == REALISATIONS && realisation);
    }
}
