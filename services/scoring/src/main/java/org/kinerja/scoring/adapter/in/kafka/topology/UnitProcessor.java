package org.kinerja.scoring.adapter.in.kafka.topology;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.scoring.domain.DistributionCheck;
import org.kinerja.scoring.domain.UnitContribution;
import org.kinerja.scoring.domain.UnitScoring;

/**
 * The unit side, keyed by unit: folds employees' contributions and the units' organisation predicates into the unit
 * figures with {@link UnitScoring}, and emits unit scores and distribution changes.
 */
class UnitProcessor implements Processor<String, byte[], String, Routed> {

    private final ProcessorSettings settings;
    private final ScoringEvents events;
    private ProcessorContext<String, Routed> context;
    private UnitScoring scoring;
    private ProcessorOutput output;

    UnitProcessor(ProcessorSettings settings) {
        this.settings = settings;
        this.events = settings.events();
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.scoring = new UnitScoring(settings.store(context, ScoringTopology.UNIT_STORE), settings.policy(),
                settings.region());
        this.output = settings.output(context);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        Optional<UnitScoring.Outcome> outcome;
        if (topic.contains(ScoringTopology.UNIT_CONTRIBUTIONS)) {
            outcome = scoring.apply(StateJson.read(record.value(), UnitContribution.class));
        } else {
            try {
                outcome = predicate(record).flatMap(set -> scoring.applyPredicate(set.unitId(), set.agencyId(),
                        set.period(), DistributionCheck.UnitPredicate.valueOf(set.predicate()), set.version()));
            } catch (PoisonRecordException poison) {
                output.deadLetter(record, poison, Topics.ORGANISATION_PLANNING);
                return;
            }
        }
        Instant time = Instant.ofEpochMilli(record.timestamp());
        outcome.ifPresent(changed -> {
            output.event(record, events.unitScoreUpdated(changed.score(), time));
            if (changed.violationsChanged()) {
                output.event(record, events.distributionChanged(changed.score(), time));
                settings.metrics().distributionChanged(changed.score().violations().isEmpty());
            }
        });
    }

    private Optional<UnitPredicateSet> predicate(Record<String, byte[]> record) {
        Optional<ReceivedEvent> event = CloudEventRecords.readRelevant(Topics.ORGANISATION_PLANNING,
                record.headers(), record.value(), List.of(EventType.UNIT_PREDICATE_SET));
        Optional<UnitPredicateSet> set = event.map(e -> e.data(UnitPredicateSet.class));
        set.ifPresent(s -> {
            if (!s.unitId().equals(record.key())) {
                throw new PoisonRecordException("the record key must be the unit id " + s.unitId() + " (got '"
                        + record.key() + "'), so that a unit's figures stay on one partition");
            }
        });
        return set;
    }

}
