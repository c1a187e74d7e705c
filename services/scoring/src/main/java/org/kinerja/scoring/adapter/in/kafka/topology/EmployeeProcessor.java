package org.kinerja.scoring.adapter.in.kafka.topology;

import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.scoring.domain.EmployeeScoring;
import org.kinerja.scoring.domain.ScoringInput;
import org.kinerja.scoring.domain.UnitContribution;

/**
 * The employee side: applies each input to its employee's state with {@link EmployeeScoring}, emits the changed
 * scores and evaluations, and sends what changed in the units' figures on to the unit side (re-keyed by unit).
 */
class EmployeeProcessor implements Processor<String, byte[], String, Routed> {

    private final ProcessorSettings settings;
    private final ScoringEvents events;
    private ProcessorContext<String, Routed> context;
    private EmployeeScoring scoring;
    private ProcessorOutput output;

    EmployeeProcessor(ProcessorSettings settings) {
        this.settings = settings;
        this.events = settings.events();
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.scoring = new EmployeeScoring(settings.store(context, ScoringTopology.EMPLOYEE_STORE), settings.policy());
        this.output = settings.output(context);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        ScoringInput input;
        try {
            Optional<ScoringInput> relevant = ScoringInputs.decode(logicalTopic(), record.key(), record.headers(),
                    record.value());
            if (relevant.isEmpty()) {
                return;
            }
            input = relevant.get();
        } catch (PoisonRecordException poison) {
            output.deadLetter(record, poison, logicalTopic());
            return;
        }
        Instant time = Instant.ofEpochMilli(record.timestamp());
        for (EmployeeScoring.Outcome outcome : scoring.apply(input)) {
            output.event(record, events.scoreUpdated(outcome.score(), time));
            output.event(record, events.evaluationUpdated(outcome.score(), time));
            for (UnitContribution contribution : outcome.contributions()) {
                context.forward(record.withKey(contribution.unitId())
                        .withValue(Routed.toUnits(StateJson.write(contribution))).withHeaders(new RecordHeaders()));
            }
            settings.metrics().scored(outcome.score(), record.timestamp(), context.currentSystemTimeMs());
        }
    }

    /** Unit predicates reach this side through the topology's re-keying topic; they are planning's events. */
    private String logicalTopic() {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
        return topic.contains(ScoringTopology.HEAD_PREDICATES) ? Topics.ORGANISATION_PLANNING : topic;
    }

}
