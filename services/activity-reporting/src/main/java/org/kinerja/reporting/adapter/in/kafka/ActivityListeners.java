package org.kinerja.reporting.adapter.in.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityCorrected;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ActivityRetracted;
import org.kinerja.contracts.events.RealisationReported;
import org.kinerja.platform.events.AgencyPublisher;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.DecodedPoll;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.platform.parking.Awaited;
import org.kinerja.platform.parking.ParkingLot;
import org.kinerja.reporting.application.AcceptSubmission;
import org.kinerja.reporting.application.ActivityView;
import org.kinerja.reporting.application.ReportRealisation;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The two ends of the report pipeline: agencies' raw submissions are validated a poll at a time, their accepted
 * reports sent to Kafka together (refusals go to the DLT with their reason; a record that may be early, such as a
 * correction before its report, is parked without holding its partition), and accepted reports are read back into
 * reporting's own view, which releases what was parked for them.
 */
@Component
class ActivityListeners {

    /** What agencies may submit, and what the accepted-reports topic carries. */
    private static final List<EventType> ACCEPTED = List.of(EventType.ACTIVITY_REPORTED,
            EventType.ACTIVITY_CORRECTED, EventType.ACTIVITY_RETRACTED, EventType.REALISATION_REPORTED);

    /** The parking lane of agencies' submissions that may be early. */
    static final String SUBMISSIONS = "reporting-submissions";

    private final AcceptSubmission intake;
    private final ActivityView view;
    private final ReportRealisation.RealisationView realisations;
    private final ParkingLot parking;

    ActivityListeners(AcceptSubmission intake, ActivityView view, ReportRealisation.RealisationView realisations,
            ParkingLot parking) {
        this.intake = intake;
        this.view = view;
        this.realisations = realisations;
        this.parking = parking;
        parking.lane(SUBMISSIONS, this::accept);
    }

    /**
     * Every agency's submissions topic (a new agency's is found within {@code kinerja.kafka.agency-topics-refresh});
     * the agency a record counts for is the topic's, which only that agency's principal may write.
     */
    @KafkaListener(id = "reporting-submissions-intake", topicPattern = Topics.ACTIVITY_SUBMISSIONS_PATTERN,
            batch = "true", properties = "metadata.max.age.ms=${kinerja.kafka.agency-topics-refresh:30000}")
    void onSubmissions(List<ConsumerRecord<String, byte[]>> records) {
        PollAcknowledgements.admitAll(records, record -> parking.admit(SUBMISSIONS, record));
    }

    private CompletableFuture<?> accept(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventRecords.read(record, ACCEPTED);
        return intake.accept(AgencyPublisher.of(Topics.ACTIVITY_SUBMISSIONS, record.topic(), event), event);
    }

    /**
     * Accepted reports into the view a poll at a time: new reports are written together, a correction, retraction or
     * realisation in between is applied in its place (after the reports before it), and what was parked for them is
     * released once they are stored.
     */
    @KafkaListener(id = "reporting-activities-view", topics = Topics.ACTIVITIES, batch = "true")
    void onAccepted(@Decoded({EventType.ACTIVITY_REPORTED, EventType.ACTIVITY_CORRECTED, EventType.ACTIVITY_RETRACTED,
            EventType.REALISATION_REPORTED}) DecodedPoll<ReceivedEvent> poll) {
        poll.project(this::project);
    }

    private void project(List<ReceivedEvent> accepted) {
        List<ActivityReported> reports = new ArrayList<>();
        for (ReceivedEvent event : accepted) {
            Record data = event.data();
            if (data instanceof ActivityReported report) {
                reports.add(report);
                continue;
            }
            saveAndRelease(reports);
            if (data instanceof RealisationReported realisation) {
                realisations.save(realisation);
            } else if (data instanceof ActivityCorrected correction) {
                view.apply(correction);
                parking.release(Awaited.report(correction.reportId()));
            } else {
                ActivityRetracted retraction = (ActivityRetracted) data;
                view.apply(retraction);
                parking.release(Awaited.report(retraction.reportId()));
            }
        }
        saveAndRelease(reports);
    }

    private void saveAndRelease(List<ActivityReported> reports) {
        view.saveAll(reports);
        reports.forEach(report -> parking.release(Awaited.report(report.reportId())));
        reports.clear();
    }
}
