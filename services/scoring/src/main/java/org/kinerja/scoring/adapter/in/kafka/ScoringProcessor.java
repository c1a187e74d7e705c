package org.kinerja.scoring.adapter.in.kafka;

import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.kafka.DeadLetterReasons;
import org.kinerja.scoring.domain.EmployeeState;
import org.kinerja.scoring.domain.PeriodScore;
import org.kinerja.scoring.domain.ScoringPolicy;
import org.kinerja.scoring.domain.ScoringStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each plan or report to its employee's state with {@link ScoringStep} and emits the changed scores and
 * evaluations. A record that cannot be read goes to its topic's DLT with the reason, and the partition moves on.
 */
class ScoringProcessor implements Processor<String, byte[], String, Routed> {

    private static final Logger log = LoggerFactory.getLogger(ScoringProcessor.class);

    private final ScoringPolicy policy;
    private final ScoringEvents events;
    private final ScoringMetrics metrics;
    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, byte[]> store;

    ScoringProcessor(ScoringPolicy policy, String region, ScoringMetrics metrics) {
        this.policy = policy;
        this.events = new ScoringEvents(region);
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.store = context.getStateStore(ScoringTopology.STATE_STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        ScoringInputs.Decoded decoded;
        try {
            String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
            Optional<ScoringInputs.Decoded> relevant = ScoringInputs.decode(topic, record.key(), record.headers(),
                    record.value());
            if (relevant.isEmpty()) {
                return;
            }
            decoded = relevant.get();
        } catch (PoisonRecordException poison) {
            deadLetter(record, poison);
            return;
        }
        byte[] stored = store.get(decoded.employeeId());
        EmployeeState state = stored == null ? EmployeeState.empty(decoded.employeeId()) : StateJson.read(stored);
        ScoringStep.Result result = ScoringStep.apply(state, decoded.input(), policy);
        if (result.state() != state) {
            store.put(decoded.employeeId(), StateJson.write(result.state()));
        }
        Instant now = Instant.ofEpochMilli(record.timestamp());
        for (PeriodScore score : result.changed()) {
            forward(record, events.scoreUpdated(score, now));
            forward(record, events.evaluationUpdated(score, now));
            metrics.scored(score, record.timestamp(), context.currentSystemTimeMs());
        }
    }

    private void forward(Record<String, byte[]> input, OutgoingEvent event) {
        context.forward(input.withKey(event.key()).withValue(new Routed(event.topic(), event.data()))
                .withHeaders(CloudEventRecords.headersOf(event)));
    }

    private void deadLetter(Record<String, byte[]> record, PoisonRecordException poison) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("scoring.unknown");
        log.warn("dead-lettering {}-{}@{}: {}", topic, context.recordMetadata().map(RecordMetadata::partition)
                .orElse(-1), context.recordMetadata().map(RecordMetadata::offset).orElse(-1L), poison.reason());
        Headers headers = new RecordHeaders(record.headers().toArray());
        DeadLetterReasons.headers(poison).forEach(headers::add);
        metrics.deadLettered();
        context.forward(record.withValue(new Routed(Topics.deadLetter(topic), record.value())).withHeaders(headers));
    }
}
