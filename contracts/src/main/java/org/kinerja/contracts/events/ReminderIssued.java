package org.kinerja.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a reminder ladder, decided: something is due (a daily log missing, an SKP waiting for its penilai, a
 * rating before the deadline...), and this step tells its recipient: the person who must act ({@code PERSON}), after
 * the region's delay their penilai ({@code PENILAI}), then the agency's HR operator ({@code HR_OPERATOR}, the
 * recipient is the agency). Issued once per due item and step, whatever the replays; none once the thing is done.
 *
 * @param reminderId          {@code <dueItemId>/<step>}: what consumers deduplicate on
 * @param dueItemId           the thing that is due, e.g. {@code plan-to-approve/<planId>/SUBMITTED/3}
 * @param kind                what is due (the {@code kind} enum of the schema)
 * @param actorId             the employee who must act (the penilai for an approval), NIP
 * @param subjectEmployeeId   whose record it is about, NIP
 * @param recipientEmployeeId who this step tells; null for {@code HR_OPERATOR}, whose recipient is the agency
 * @param dueOn               the last day, in the region's working-day calendar
 * @param reasonId            why, in Bahasa Indonesia; {@code reasonEn} says the same in English
 * @param link                the console page where the thing is done
 */
public record ReminderIssued(String reminderId, String dueItemId, String kind, String step, String regionId,
        String agencyId, String actorId, String subjectEmployeeId, String recipientEmployeeId, LocalDate openedOn,
        LocalDate dueOn, String reasonId, String reasonEn, String link, Instant issuedAt) {
}
