package org.kinerja.scoring.adapter.in.kafka.topology;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.kafka.DeadLetterReasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a scoring processor forwards: contract events to their topic of this run (live or rebuild), and records it
 * cannot read to their topic's DLT with the reason, so the partition moves on.
 */
final class ProcessorOutput {

    private static final Logger log = LoggerFactory.getLogger(ProcessorOutput.class);

    private final ProcessorContext<String, Routed> context;
    private final ScoringMetrics metrics;

    private final ScoringOutputs outputs;

    ProcessorOutput(ProcessorContext<String, Routed> context, ScoringMetrics metrics, ScoringOutputs outputs) {
        this.context = context;
        this.metrics = metrics;
        this.outputs = outputs;
    }

    /** Forwards an event, keyed and with CloudEvents headers, to its topic in this run. */
    void event(Record<String, byte[]> input, OutgoingEvent event) {
        context.forward(input.withKey(event.key()).withValue(new Routed(outputs.topic(event.topic()), event.data()))
                .withHeaders(CloudEventRecords.headersOf(event)));
    }

    /** The record to the dead-letter topic of {@code topic}: the input it came from, as its producer named it. */
    void deadLetter(Record<String, byte[]> record, PoisonRecordException poison, String topic) {
        log.warn("dead-lettering {}-{}@{}: {}", topic, context.recordMetadata().map(RecordMetadata::partition)
                .orElse(-1), context.recordMetadata().map(RecordMetadata::offset).orElse(-1L), poison.reason());
        Headers headers = new RecordHeaders(record.headers().toArray());
        DeadLetterReasons.headers(poison).forEach(headers::add);
        metrics.deadLettered();
        if (outputs.rebuilding()) {
            return; // the live path has dead-lettered this record already
        }
        context.forward(record.withValue(new Routed(Topics.deadLetter(topic), record.value())).withHeaders(headers));
    }
}
