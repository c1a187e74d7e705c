package org.kinerja.platform.events;

import org.kinerja.contracts.Topics;

/**
 * The agency a record from an agency's own system counts for. It is the agency of the topic it was read from
 * ({@code <family>.<agencyId>}), which only that agency's Kafka principal may write (ACLs, platform/lib/kafka-access):
 * never a header the publisher writes. The record's {@code ce_source} must agree ({@code /agencies/<agencyId>}), so a
 * misconfigured system is told at once instead of having its records counted for the wrong agency.
 */
public final class AgencyPublisher {

    public static final String SOURCE_PREFIX = "/agencies/";

    private AgencyPublisher() {
    }

    public static String of(String family, String topic, ReceivedEvent event) {
        String agency = Topics.agencyOf(family, topic).orElseThrow(() -> new PoisonRecordException("topic '" + topic
                + "' is not an agency's " + family + ".<agencyId> topic"));
        String expected = SOURCE_PREFIX + agency;
        if (!expected.equals(event.source())) {
            throw new PoisonRecordException("not-your-agency: records on " + topic + " are agency '" + agency
                    + "''s, so ce_source must be " + expected + ", got '" + event.source() + "'");
        }
        return agency;
    }
}
