package org.kinerja.platform.kafka.access;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kinerja.contracts.RetentionPolicy;
import org.kinerja.contracts.Topics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The operator's command for a region's Kafka cluster ({@code kinerja-kafka}): provisions the platform (topics,
 * service users, ACLs), adds an agency system or an analytics subscriber, rotates and revokes credentials. It signs in
 * as the cluster's administrator, whose password it takes from the environment only (never from the command line,
 * where {@code ps} would show it).
 */
@Command(name = "kinerja-kafka", mixinStandardHelpOptions = true, version = "kinerja-kafka 0.1.0",
        description = "Provisions a Kinerja region's Kafka cluster: topics, SCRAM users and ACLs.",
        subcommands = {KinerjaKafkaCommand.Provision.class, KinerjaKafkaCommand.AddAgency.class,
                KinerjaKafkaCommand.AddAnalytics.class, KinerjaKafkaCommand.Rotate.class,
                KinerjaKafkaCommand.Revoke.class, KinerjaKafkaCommand.ListAcls.class, KinerjaKafkaCommand.Check.class,
                KinerjaKafkaCommand.Strimzi.class, KinerjaKafkaCommand.StrimziUserResources.class})
public final class KinerjaKafkaCommand {

    /** The environment variable holding a service's Kafka password, e.g. KINERJA_KAFKA_PASSWORD_ACTIVITY_REPORTING. */
    public static String passwordVariable(String service) {
        return "KINERJA_KAFKA_PASSWORD_" + service.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new KinerjaKafkaCommand()).execute(args);
    }

    /** How to reach the cluster as its administrator. */
    static final class Connection {
        @Mixin
        ClusterOptions cluster;

        @Option(names = "--admin-user", defaultValue = "${env:KAFKA_ADMIN_USERNAME:-" + KafkaPrincipals.ADMIN + "}",
                description = "the administrator (env KAFKA_ADMIN_USERNAME; default ${DEFAULT-VALUE}); its password "
                        + "is read from env KAFKA_ADMIN_PASSWORD")
        String adminUser;

        @Option(names = "--admin-mechanism", defaultValue = "${env:KAFKA_ADMIN_MECHANISM:-PLAIN}",
                description = "PLAIN or SCRAM-SHA-512 (env KAFKA_ADMIN_MECHANISM; default ${DEFAULT-VALUE})")
        String adminMechanism;

        @Mixin
        TopicPlanOptions topics;

        KafkaProvisioner provisioner() {
            String password = System.getenv("KAFKA_ADMIN_PASSWORD");
            if (password == null || password.isEmpty()) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "set KAFKA_ADMIN_PASSWORD to the administrator's password");
            }
            return new KafkaProvisioner(cluster.clientConfig(adminMechanism, adminUser, password), topics.plan());
        }
    }

    /** The region's topic figures, as {@code kinerja-kafka provision} and the services read them. */
    static final class TopicPlanOptions {
        @Option(names = "--partitions", defaultValue = "${env:KINERJA_TOPIC_PARTITIONS:-3}",
                description = "partitions of the topics (env KINERJA_TOPIC_PARTITIONS; default ${DEFAULT-VALUE})")
        int partitions;

        @Option(names = "--replicas", defaultValue = "${env:KINERJA_TOPIC_REPLICAS:-1}",
                description = "their replication factor (env KINERJA_TOPIC_REPLICAS; default ${DEFAULT-VALUE})")
        short replicas;

        @Option(names = "--retention-policy", defaultValue = "${env:KINERJA_RETENTION_POLICY:-}",
                description = "the region's retention policy (a copy of contracts/retention/retention-policy.json; "
                        + "env KINERJA_RETENTION_POLICY); the platform's default when not given")
        String retentionPolicy;

        TopicPlan plan() {
            return new TopicPlan(partitions, replicas, RetentionPolicy.standardOr(retentionPolicy));
        }
    }

    /** What every subcommand has: the connection as the administrator, and its own command line for output. */
    abstract static class AdminCommand implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "provision", mixinStandardHelpOptions = true,
            description = "Creates or corrects the platform's topics, each service's user and its ACLs. Each "
                    + "service's password comes from env KINERJA_KAFKA_PASSWORD_<SERVICE> "
                    + "(e.g. KINERJA_KAFKA_PASSWORD_ACTIVITY_REPORTING), the same secret the service runs with.")
    static final class Provision extends AdminCommand {

        @Override
        public Integer call() {
            Map<String, String> passwords = new LinkedHashMap<>();
            for (ServiceAccess service : ServiceAccess.ALL) {
                String value = System.getenv(passwordVariable(service.principal()));
                if (value == null || value.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "set "
                            + passwordVariable(service.principal()) + " to the Kafka password of "
                            + service.principal());
                }
                passwords.put(service.principal(), value);
            }
            try (KafkaProvisioner provisioner = connection.provisioner()) {
                provisioner.provisionPlatform(passwords);
            }
            out().printf("provisioned %d topics and %d service principals on %s%n",
                    connection.topics.plan().platformTopics().size(),
                    ServiceAccess.ALL.size(), connection.cluster.bootstrapServers());
            return 0;
        }
    }

    @Command(name = "add-agency", mixinStandardHelpOptions = true,
            description = "Creates an agency's topics and its system's principal agency-<agencyId>, and prints its "
                    + "new password (run it again to replace the password: a rotation).")
    static final class AddAgency extends AdminCommand {
        @Parameters(paramLabel = "AGENCY_ID", description = "the agency (its OPD unit id), e.g. dukcapil-mks")
        String agencyId;

        @Override
        public Integer call() {
            String password = Passwords.random();
            try (KafkaProvisioner provisioner = connection.provisioner()) {
                provisioner.provisionAgency(agencyId, password);
            }
            out().printf("agency system %s%n  user      %s%n  password  %s%n  publishes %s and %s%n"
                    + "  refusals  %s and %s%n", agencyId, KafkaPrincipals.agency(agencyId), password,
                    Topics.activitySubmissions(agencyId), Topics.attendance(agencyId),
                    Topics.deadLetter(Topics.activitySubmissions(agencyId)),
                    Topics.deadLetter(Topics.attendance(agencyId)));
            return 0;
        }
    }

    @Command(name = "add-analytics", mixinStandardHelpOptions = true,
            description = "Creates an analytics subscriber's principal analytics-<name>, allowed to read "
                    + "the evaluation topics only, and prints its new password.")
    static final class AddAnalytics extends AdminCommand {
        @Parameters(paramLabel = "NAME", description = "the subscriber, e.g. bps (its consumer group is analytics-NAME)")
        String name;

        @Override
        public Integer call() {
            String password = Passwords.random();
            try (KafkaProvisioner provisioner = connection.provisioner()) {
                provisioner.provisionAnalytics(name, password);
            }
            out().printf("analytics subscriber %s%n  user      %s%n  password  %s%n"
                    + "  reads     %s%n", name, KafkaPrincipals.analytics(name), password,
                    String.join(", ", AccessPolicy.ANALYTICS_TOPICS));
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Gives an existing principal a new random password and prints it; the old one stops "
                    + "working for new connections at once. For a service, put the new password in its secret "
                    + "and restart it.")
    static final class Rotate extends AdminCommand {
        @Parameters(paramLabel = "PRINCIPAL", description = "e.g. agency-dukcapil-mks, analytics-bps, scoring")
        String principal;

        @Override
        public Integer call() {
            String password = Passwords.random();
            try (KafkaProvisioner provisioner = connection.provisioner()) {
                if (provisioner.acls(principal).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), principal
                            + " has no ACLs on this cluster: add it first (add-agency, add-analytics, provision)");
                }
                provisioner.upsertUser(principal, password);
            }
            out().printf("%s%n  password  %s%n", principal, password);
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Deletes a principal's credential and ACLs; its topics and records stay.")
    static final class Revoke extends AdminCommand {
        @Parameters(paramLabel = "PRINCIPAL")
        String principal;

        @Override
        public Integer call() {
            try (KafkaProvisioner provisioner = connection.provisioner()) {
                provisioner.revoke(principal);
            }
            out().printf("revoked %s%n", principal);
            return 0;
        }
    }

    @Command(name = "acls", mixinStandardHelpOptions = true, description = "Lists a principal's ACLs.")
    static final class ListAcls extends AdminCommand {
        @Parameters(paramLabel = "PRINCIPAL")
        String principal;

        @Override
        public Integer call() {
            try (KafkaProvisioner provisioner = connection.provisioner()) {
                provisioner.acls(principal).forEach(acl -> out().printf("%s %s %s %s%n",
                        acl.entry().operation(), acl.pattern().resourceType(), acl.pattern().patternType(),
                        acl.pattern().name()));
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compares every topic on the cluster with the plan and lists each one missing or with weaker "
                    + "settings (shorter retention, another cleanup policy, fewer in-sync replicas, replicas or "
                    + "partitions). Changes nothing; exits 1 if there is a finding. 'provision' fixes the settings.")
    static final class Check extends AdminCommand {
        @Override
        public Integer call() {
            List<TopicAudit.Finding> findings;
            try (KafkaProvisioner provisioner = connection.provisioner()) {
                findings = provisioner.audit();
            }
            findings.forEach(finding -> out().println(finding));
            out().printf("%d finding(s) on %s%n", findings.size(), connection.cluster.bootstrapServers());
            return findings.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "strimzi-topics", mixinStandardHelpOptions = true,
            description = "Prints the platform's topics as Strimzi KafkaTopic resources, for a cluster run by the "
                    + "Strimzi operator (needs no connection).")
    static final class Strimzi extends StrimziDeclaration {
        @Mixin
        TopicPlanOptions topics;

        @Override
        String render() {
            return StrimziTopics.render(topics.plan(), target.cluster, target.agencies);
        }
    }

    @Command(name = "strimzi-users", mixinStandardHelpOptions = true,
            description = "Prints the platform's Kafka principals (every service, and the agency systems named) as "
                    + "Strimzi KafkaUser resources with their ACLs, for a cluster run by the Strimzi operator "
                    + "(needs no connection).")
    static final class StrimziUserResources extends StrimziDeclaration {
        @Override
        String render() {
            return StrimziUsers.render(target.cluster, target.agencies);
        }
    }

    /** The Strimzi cluster a declaration is for, and the agencies it declares besides the platform's own. */
    static final class StrimziTarget {
        @Option(names = "--cluster", required = true, description = "the Strimzi Kafka cluster's name")
        String cluster;

        @Option(names = "--agency", description = "an agency whose topics or system are declared too (repeatable)")
        List<String> agencies = new ArrayList<>();
    }

    /** A command that prints Strimzi resources (it needs no connection). */
    abstract static class StrimziDeclaration implements Callable<Integer> {
        @Mixin
        StrimziTarget target;

        @Spec
        CommandLine.Model.CommandSpec spec;

        abstract String render();

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(render());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
