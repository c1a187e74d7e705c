package org.kinerja.scoring.adapter.in.kafka.topology;

import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.PoisonRecordException;

/**
 * Re-keys each unit predicate that names the unit's head to that head's employee id, so the employee side can give the
 * head the unit's rating (R3). Unreadable records are left to the unit side, which dead-letters them.
 */
class HeadRouter implements Processor<String, byte[], String, byte[]> {

    private ProcessorContext<String, byte[]> context;

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        try {
            CloudEventRecords.readRelevant(Topics.ORGANISATION_PLANNING, record.headers(), record.value(),
                    List.of(EventType.UNIT_PREDICATE_SET))
                    .map(event -> event.data(UnitPredicateSet.class).headEmployeeId())
                    .ifPresent(head -> context.forward(record.withKey(head)));
        } catch (PoisonRecordException unreadable) {
            // the unit side reads the same record and sends it to the DLT with the reason
        }
    }
}
