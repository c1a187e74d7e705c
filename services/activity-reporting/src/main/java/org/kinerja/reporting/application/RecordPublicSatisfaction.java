package org.kinerja.reporting.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.PublicSatisfactionRecorded;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.domain.ReportRules.ApprovedIndicator;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

/**
 * Public (citizen) satisfaction: an agency records, per service unit and month, the IKM score of its survey,
 * optionally tied to one employee's service indicator. Recording the same unit, employee and month again replaces the
 * figure (a corrected survey) and is published again.
 */
public class RecordPublicSatisfaction {

    /** Where the figures are kept, each written with its event (outbox). */
    public interface SatisfactionStore {
        void save(PublicSatisfactionRecorded record, OutgoingEvent event);

        List<PublicSatisfactionRecorded> ofAgency(String agencyId, String period);
    }

    private final SatisfactionStore store;
    private final ReportingDirectory directory;
    private final Clock clock;

    public RecordPublicSatisfaction(SatisfactionStore store, ReportingDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    public PublicSatisfactionRecorded record(Caller caller, String agencyId, String unitId, String employeeId,
            String indicatorId, String period, int respondents, BigDecimal score) {
        if (!caller.actsForAgency(agencyId)) {
            throw Refusal.notAllowed("not-your-agency", "Only agency '" + agencyId + "' records its surveys.");
        }
        if (employeeId != null) {
            KnownEmployee employee = directory.requireEmployee(employeeId);
            if (!employee.agencyId().equals(agencyId)) {
                throw Refusal.notAllowed("not-your-agency", "Employee " + employeeId + " belongs to agency '"
                        + employee.agencyId() + "'.");
            }
        }
        if (indicatorId != null && directory.findIndicator(indicatorId).map(ApprovedIndicator::employeeId)
                .filter(owner -> owner.equals(employeeId)).isEmpty()) {
            throw Refusal.invalid("indicator-not-approved", "Indicator '" + indicatorId + "' is not in an "
                    + "approved SKP of employee " + employeeId + ".");
        }
        Instant now = clock.instant();
        String surveyId = "ikm-" + unitId + "-" + (employeeId == null ? "unit" : employeeId) + "-" + period;
        PublicSatisfactionRecorded record = new PublicSatisfactionRecorded(surveyId, agencyId, unitId, employeeId,
                indicatorId, period, respondents, score, caller.subject(), now);
        String key = employeeId == null ? unitId : employeeId;
        store.save(record, OutgoingEvent.of(EventType.PUBLIC_SATISFACTION_RECORDED, surveyId + ":"
                + now.toEpochMilli(), "/agencies/" + agencyId, key, surveyId, now, record));
        return record;
    }

    public List<PublicSatisfactionRecorded> ofAgency(Caller caller, String agencyId, String period) {
        if (!caller.readsAgency(agencyId)) {
            throw Refusal.notAllowed("not-your-agency", "Surveys of agency '" + agencyId + "' are visible to it, "
                    + "the region's administrator and its leaders.");
        }
        return store.ofAgency(agencyId, period);
    }
}
