package org.kinerja.scoring.adapter.in.kafka.topology;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.kinerja.scoring.domain.ScoringPolicy;

/** What both sides of the topology are built with: the region's policy, the region, metrics, and where outputs go. */
record ProcessorSettings(ScoringPolicy policy, String region, ScoringMetrics metrics, ScoringOutputs outputs) {

    ScoringEvents events() {
        return new ScoringEvents(region);
    }

    KafkaScoringStore store(ProcessorContext<String, Routed> context, String name) {
        return new KafkaScoringStore(context.getStateStore(name));
    }

    ProcessorOutput output(ProcessorContext<String, Routed> context) {
        return new ProcessorOutput(context, metrics, outputs);
    }
}
