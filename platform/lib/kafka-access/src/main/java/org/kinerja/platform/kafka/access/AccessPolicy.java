package org.kinerja.platform.kafka.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.kinerja.contracts.Topics;

/**
 * The ACLs of a region's cluster, derived from {@link ServiceAccess}: the cluster runs Kafka's StandardAuthorizer
 * with no access where no ACL allows it, so these bindings are all anyone but the administrator may do. Only ALLOW
 * entries, all literal except a service's own prefixes; an agency's topics are literal, so no agency id that happens to
 * be the beginning of another's ({@code dinkes}, {@code dinkes-mmj}) grants anything of the other's.
 */
public final class AccessPolicy {

    /**
     * What analytics subscribers read: the evaluation events and the current figures, nothing of the registry, the
     * plans, the raw reports or the follow-up decisions.
     */
    public static final List<String> ANALYTICS_TOPICS = List.of(Topics.EVALUATIONS, Topics.SCORES,
            Topics.UNIT_SCORES, Topics.DISTRIBUTION);

    private AccessPolicy() {
    }

    /** Everything a service may do. */
    public static List<AclBinding> service(ServiceAccess service) {
        String user = KafkaPrincipals.user(service.principal());
        List<AclBinding> acls = new ArrayList<>();
        // DescribeConfigs on every topic it uses: a service audits their settings at start-up (TopicAudit).
        Set<String> described = new LinkedHashSet<>(service.writes());
        service.writes().forEach(topic -> acls.add(literalTopic(topic, user, AclOperation.WRITE)));
        for (String topic : service.reads()) {
            acls.add(literalTopic(topic, user, AclOperation.READ));
            acls.add(literalTopic(Topics.deadLetter(topic), user, AclOperation.WRITE));
            described.add(topic);
            described.add(Topics.deadLetter(topic));
        }
        described.forEach(topic -> acls.add(literalTopic(topic, user, AclOperation.DESCRIBE_CONFIGS)));
        for (String family : service.agencyFamilies()) {
            acls.add(binding(ResourceType.TOPIC, family + ".", PatternType.PREFIXED, user, AclOperation.READ));
            acls.add(binding(ResourceType.TOPIC, family + ".", PatternType.PREFIXED, user,
                    AclOperation.DESCRIBE_CONFIGS));
        }
        service.groupPrefix().ifPresent(prefix -> acls.add(binding(ResourceType.GROUP, prefix, PatternType.PREFIXED,
                user, AclOperation.READ)));
        service.streamsPrefix().ifPresent(prefix -> {
            // Kafka Streams' internal topics (repartition, changelogs), its group and its transactional ids.
            acls.add(binding(ResourceType.TOPIC, prefix, PatternType.PREFIXED, user, AclOperation.ALL));
            acls.add(binding(ResourceType.GROUP, prefix, PatternType.PREFIXED, user, AclOperation.READ));
            acls.add(binding(ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED, user, AclOperation.WRITE));
            acls.add(binding(ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED, user,
                    AclOperation.DESCRIBE));
        });
        service.createdPrefix().ifPresent(prefix -> {
            for (AclOperation operation : List.of(AclOperation.CREATE, AclOperation.WRITE, AclOperation.READ,
                    AclOperation.DESCRIBE_CONFIGS)) {
                acls.add(binding(ResourceType.TOPIC, prefix, PatternType.PREFIXED, user, operation));
            }
        });
        return acls;
    }

    /**
     * An agency's system: it writes its own submissions and attendance topics and reads their dead-letter topics (with
     * its own consumer group, named as its principal); the services that consume them may dead-letter to them.
     */
    public static List<AclBinding> agency(String agencyId) {
        String principal = KafkaPrincipals.agency(agencyId);
        String user = KafkaPrincipals.user(principal);
        List<AclBinding> acls = new ArrayList<>();
        for (String family : Topics.AGENCY_FAMILIES) {
            String topic = Topics.agencyTopic(family, agencyId);
            acls.add(literalTopic(topic, user, AclOperation.WRITE));
            acls.add(literalTopic(Topics.deadLetter(topic), user, AclOperation.READ));
            ServiceAccess.ALL.stream().filter(s -> s.agencyFamilies().contains(family)).forEach(s -> acls.add(
                    literalTopic(Topics.deadLetter(topic), KafkaPrincipals.user(s.principal()), AclOperation.WRITE)));
        }
        acls.add(binding(ResourceType.GROUP, principal, PatternType.LITERAL, user, AclOperation.READ));
        return acls;
    }

    /** An analytics subscriber: reads {@link #ANALYTICS_TOPICS} with its own consumer group (its principal's name). */
    public static List<AclBinding> analytics(String name) {
        String principal = KafkaPrincipals.analytics(name);
        String user = KafkaPrincipals.user(principal);
        List<AclBinding> acls = new ArrayList<>();
        ANALYTICS_TOPICS.forEach(topic -> acls.add(literalTopic(topic, user, AclOperation.READ)));
        acls.add(binding(ResourceType.GROUP, principal, PatternType.LITERAL, user, AclOperation.READ));
        return acls;
    }

    private static AclBinding literalTopic(String topic, String user, AclOperation operation) {
        return binding(ResourceType.TOPIC, topic, PatternType.LITERAL, user, operation);
    }

    private static AclBinding binding(ResourceType type, String name, PatternType pattern, String user,
            AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(user, "*", operation, AclPermissionType.ALLOW));
    }
}
