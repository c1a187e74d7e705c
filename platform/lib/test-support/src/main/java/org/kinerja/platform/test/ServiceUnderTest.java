package org.kinerja.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service integration test's start-up in one place: register it as a static field,
 * {@code @RegisterExtension static final ServiceUnderTest reporting = ServiceUnderTest.of(
 * ReportingApplication::application, "reporting-it").withAgencies("dukcapil-mks");}, and before the class's own
 * {@code @BeforeAll} the agencies' topics and principals exist on the shared embedded broker, the service runs (its
 * own database and consumer groups named by the isolation) and a Kafka client is open; after the last test both are
 * closed.
 */
public final class ServiceUnderTest implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<SpringApplicationBuilder> application;
    private final String isolation;
    private final String[] properties;
    private final List<String> agencies = new ArrayList<>();
    private final List<Function<EmbeddedTestInfra, List<String>>> settings = new ArrayList<>();
    private RunningService running;
    private KafkaTestClient kafka;

    private ServiceUnderTest(Supplier<SpringApplicationBuilder> application, String isolation, String[] properties) {
        this.application = application;
        this.isolation = isolation;
        this.properties = properties;
    }

    /**
     * The service, started with its production configuration; {@code properties} are further "key=value" settings
     * that outrank it.
     */
    public static ServiceUnderTest of(Supplier<SpringApplicationBuilder> application, String isolation,
            String... properties) {
        return new ServiceUnderTest(application, isolation, properties.clone());
    }

    /** Agencies whose Kafka topics and principals the test needs. */
    public ServiceUnderTest withAgencies(String... agencyIds) {
        agencies.addAll(List.of(agencyIds));
        return this;
    }

    /**
     * A Kafka Streams service (scoring, the audit trail): a fresh state directory of its own and this application id,
     * so its changelogs and consumer groups are the test's.
     */
    public ServiceUnderTest withStreams(String applicationId) {
        settings.add(infra -> List.of("spring.kafka.streams.state-dir=" + infra.newStateDir(),
                "spring.kafka.streams.application-id=" + applicationId));
        return this;
    }

    /** Signs in to the broker as the service's own principal, so the broker's ACLs for it apply. */
    public ServiceUnderTest asPrincipal(String service) {
        settings.add(infra -> List.of(infra.serviceCredentials(service)));
        return this;
    }

    /** Settings known only when the service starts (a port, a folder the test made): asked for then. */
    public ServiceUnderTest withSettings(Supplier<List<String>> late) {
        settings.add(infra -> late.get());
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedTestInfra infra = EmbeddedTestInfra.shared();
        agencies.forEach(infra::ensureAgency);
        kafka = new KafkaTestClient(infra.adminClientConfig());
        List<String> all = new ArrayList<>(List.of(properties));
        settings.forEach(setting -> all.addAll(setting.apply(infra)));
        running = RunningService.start(application.get(), isolation, all.toArray(String[]::new));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (kafka != null) {
            kafka.close();
        }
        if (running != null) {
            running.close();
        }
    }

    /** The service's REST API, on its own port. */
    public ApiClient api() {
        return running.api();
    }

    /** A client of the shared broker as the platform's administrator (publishes events, awaits records). */
    public KafkaTestClient kafka() {
        return kafka;
    }

    public ConfigurableApplicationContext context() {
        return running.context();
    }
}
