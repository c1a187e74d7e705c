package org.kinerja.platform.kafka.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.kinerja.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a region's cluster to what {@link TopicPlan} and {@link AccessPolicy} say, as its administrator: topics with
 * their settings (existing topics get their settings corrected, never their partitions), SCRAM users and ACLs. Every
 * step is idempotent, so provisioning again (at each start of the local stack, in each deployment's job) is safe.
 */
public final class KafkaProvisioner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaProvisioner.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long a revocation may take to reach the broker (it usually takes a few milliseconds). */
    private static final Duration REVOCATION_TIMEOUT = Duration.ofSeconds(30);
    private static final int SCRAM_ITERATIONS = 8192;

    private final Admin admin;
    private final TopicPlan plan;

    public KafkaProvisioner(Map<String, Object> adminClientConfig, TopicPlan plan) {
        this.admin = Admin.create(adminClientConfig);
        this.plan = plan;
    }

    /**
     * The platform's topics, each service's user (with the password given for it) and ACLs. Services without a
     * password in {@code servicePasswords} are refused: a service without its own principal cannot run.
     */
    public void provisionPlatform(Map<String, String> servicePasswords) {
        ensurePlatformTopics();
        for (ServiceAccess service : ServiceAccess.ALL) {
            String password = servicePasswords.get(service.principal());
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("no Kafka password given for service " + service.principal());
            }
            upsertUser(service.principal(), password);
            ensureAcls(AccessPolicy.service(service));
        }
    }

    /** An agency's topics, its user (created, or its password replaced) and ACLs. */
    public void provisionAgency(String agencyId, String password) {
        ensureTopics(plan.agencyTopics(agencyId));
        upsertUser(KafkaPrincipals.agency(agencyId), password);
        ensureAcls(AccessPolicy.agency(agencyId));
    }

    /** An analytics subscriber's user and ACLs. */
    public void provisionAnalytics(String name, String password) {
        upsertUser(KafkaPrincipals.analytics(name), password);
        ensureAcls(AccessPolicy.analytics(name));
    }

    /** Takes away a principal's credential and every ACL naming it; its topics and their records stay. */
    public void revoke(String principal) {
        await(admin.alterUserScramCredentials(List.of(new UserScramCredentialDeletion(principal,
                ScramMechanism.SCRAM_SHA_512))).all(), "deleting the credential of " + principal);
        await(admin.deleteAcls(List.of(new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter(
                KafkaPrincipals.user(principal), null, AclOperation.ANY, AclPermissionType.ANY)))).all(),
                "deleting the ACLs of " + principal);
        awaitNoAclsOf(principal);
    }

    /**
     * The controller has deleted the ACLs when deleteAcls returns, but a broker applies metadata changes a moment later
     * (KRaft), and until then it still authorises with them: wait until the broker answers none, so that a revocation
     * is in force when the operator's command returns.
     */
    private void awaitNoAclsOf(String principal) {
        long deadline = System.nanoTime() + REVOCATION_TIMEOUT.toNanos();
        while (!acls(principal).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker still holds ACLs of " + principal + " "
                        + REVOCATION_TIMEOUT.toSeconds() + " s after they were deleted");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while revoking " + principal, e);
            }
        }
    }

    /** Every ACL naming the principal. */
    public Collection<AclBinding> acls(String principal) {
        return await(admin.describeAcls(new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter(
                KafkaPrincipals.user(principal), null, AclOperation.ANY, AclPermissionType.ANY))).values(),
                "describing the ACLs of " + principal);
    }

    /** The platform's topics alone, for a cluster without authorisation to provision. */
    /**
     * How the platform's topics, and every agency's on the broker, fall short of the plan (nothing changed); provision
     * fixes the settings (not partitions or replicas, whose change is the operator's decision).
     */
    public List<TopicAudit.Finding> audit() {
        Set<String> existing = await(admin.listTopics().names(), "listing topics");
        List<TopicPlan.TopicSpec> planned = new ArrayList<>(plan.platformTopics());
        planned.addAll(plan.agencyTopicsAmong(existing, Topics.AGENCY_FAMILIES));
        return TopicAudit.audit(admin, existing, planned, plan.replicas());
    }

    public void ensurePlatformTopics() {
        ensureTopics(plan.platformTopics());
    }

    /** Creates the topics that do not exist; sets the settings of those that do. */
    public void ensureTopics(List<TopicPlan.TopicSpec> topics) {
        Set<String> existing = await(admin.listTopics().names(), "listing topics");
        List<NewTopic> missing = new ArrayList<>();
        Map<ConfigResource, Collection<AlterConfigOp>> corrections = new HashMap<>();
        for (TopicPlan.TopicSpec topic : topics) {
            if (existing.contains(topic.name())) {
                corrections.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs()
                        .entrySet().stream().map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()),
                                AlterConfigOp.OpType.SET)).toList());
            } else {
                missing.add(new NewTopic(topic.name(), topic.partitions(), plan.replicas()).configs(topic.configs()));
            }
        }
        if (!missing.isEmpty()) {
            try {
                await(admin.createTopics(missing).all(), "creating " + missing.size() + " topics");
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            log.info("created {} topics", missing.size());
        }
        if (!corrections.isEmpty()) {
            await(admin.incrementalAlterConfigs(corrections).all(), "setting the configuration of existing topics");
        }
    }

    public void ensureAcls(List<AclBinding> acls) {
        await(admin.createAcls(acls).all(), "creating ACLs");
    }

    /** Creates the user or replaces its password, and waits until the brokers know it. */
    public void upsertUser(String name, String password) {
        await(admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(name,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password))).all(),
                "setting the credential of " + name);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (admin.describeUserScramCredentials(List.of(name)).all().get(10, TimeUnit.SECONDS)
                        .containsKey(name)) {
                    return;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                // ResourceNotFound until the brokers have applied the new credential.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("the credential of " + name + " did not reach the brokers in " + PATIENCE);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + " did not finish in " + PATIENCE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
