package org.kinerja.platform.kafka.access;

import org.kinerja.contracts.Topics;

/**
 * The names of the Kafka principals of a region's cluster (SASL/SCRAM users; ACLs name them as {@code User:<name>}).
 * One per service (its {@code spring.application.name}), one per agency system, one per analytics subscriber, and the
 * operator's administrator, the only one that creates topics, users and ACLs.
 */
public final class KafkaPrincipals {

    /** The operator's administrator: a super user of the cluster, used only to provision it. */
    public static final String ADMIN = "kinerja-admin";

    private static final String AGENCY_PREFIX = "agency-";
    private static final String ANALYTICS_PREFIX = "analytics-";

    private KafkaPrincipals() {
    }

    /** The principal of an agency's own systems (its reporting and attendance systems): {@code agency-<agencyId>}. */
    public static String agency(String agencyId) {
        if (!Topics.isAgencyId(agencyId)) {
            throw new IllegalArgumentException("'" + agencyId + "' cannot be an agency id (1-64 letters, digits, "
                    + "'.', '_' or '-', not ending in '.DLT')");
        }
        return AGENCY_PREFIX + agencyId;
    }

    /** The principal of an analytics subscriber: {@code analytics-<name>}. */
    public static String analytics(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,47}")) {
            throw new IllegalArgumentException("an analytics subscriber's name is 1-48 lower-case letters, digits or "
                    + "'-'; got '" + name + "'");
        }
        return ANALYTICS_PREFIX + name;
    }

    /** The ACL principal of a user name. */
    public static String user(String name) {
        return "User:" + name;
    }
}
