package org.kinerja.scoring.adapter.in.kafka.listener;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.SakipEvaluated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.scoring.application.AgencySakip;
import org.kinerja.scoring.application.ScoreView;
import org.kinerja.scoring.domain.SakipGrade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Grades each agency's SAKIP evaluation (R6) into the read model. An agency's evaluation is one figure a year, not a
 * stream to fold, so a plain listener does it; the unit side of the topology dead-letters unreadable records of the
 * same topic, so this listener only skips them.
 */
@Component
class SakipListener {

    private static final Logger log = LoggerFactory.getLogger(SakipListener.class);

    private final ScoreView view;

    SakipListener(ScoreView view) {
        this.view = view;
    }

    @KafkaListener(id = "#{@scoringOutputs.name('scoring-sakip')}", topics = Topics.ORGANISATION_PLANNING)
    void on(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEventRecords.readRelevant(record, List.of(EventType.SAKIP_EVALUATED, EventType.UNIT_PREDICATE_SET,
                    EventType.PERFORMANCE_AGREEMENT_SET))
                    .filter(event -> event.type() == EventType.SAKIP_EVALUATED)
                    .map(event -> event.data(SakipEvaluated.class))
                    .ifPresent(s -> view.upsertSakip(new AgencySakip(s.agencyId(), s.year(), s.perencanaan(),
                            s.pengukuran(), s.pelaporan(), s.evaluasiInternal(), s.total(),
                            SakipGrade.of(s.total()).name(), s.version())));
        } catch (PoisonRecordException unreadable) {
            log.debug("skipping {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    unreadable.reason());
        }
    }
}
