package org.kinerja.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps, as rules each service's own build runs: a service's {@code ArchitectureTest}
 * includes them ({@code @ArchTest static final ArchTests layering = ArchTests.in(ServiceArchitecture.class)}), so
 * {@code ./mvnw -pl services/<service> verify} checks them. The rules across services (no service uses another's
 * classes, the platform knows no service) need every module on one classpath and run in the local stack's build.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    /** The rules must be testable without a broker, a database or a container, and must outlive frameworks. */
    @ArchTest
    public static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "io.cloudevents..", "jakarta..", "tools.jackson..")
            .allowEmptyShould(true)
            .because("domain code holds the rules as pure functions");

    /** The rules know nothing of who calls them or where they are kept. */
    @ArchTest
    public static final ArchRule domainKnowsNoUseCaseOrAdapter = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..")
            .allowEmptyShould(true)
            .because("the domain is the innermost layer: use cases and adapters depend on it, never the reverse");

    /** Use cases depend on ports, never on a database or Kafka adapter directly. */
    @ArchTest
    public static final ArchRule applicationDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "com.mongodb..")
            .allowEmptyShould(true)
            .because("adapters plug into ports; swapping one must not touch a use case");

    /** A use case says why it refuses (a Refusal with its code); how that travels is the adapters' business. */
    @ArchTest
    public static final ArchRule useCasesSpeakNoHttp = noClasses()
            .that().resideInAnyPackage("..application..", "..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                    "org.springframework.web..", "jakarta.servlet..", "org.kinerja.platform.web..")
            .allowEmptyShould(true)
            .because("the same refusal answers a REST call with problem details and an agency's Kafka record with a "
                    + "dead letter; the web adapter's advice is the one place that maps it to HTTP");

    /** Use cases publish through a port they own; the Kafka adapter (or the outbox) implements it. */
    @ArchTest
    public static final ArchRule useCasesPublishThroughAPort = noClasses()
            .that().resideInAnyPackage("..application..", "..domain..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.kinerja.platform.events.EventPublisher")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..")
            .allowEmptyShould(true)
            .because("which topic and which client carry an event is the outbound adapter's choice, not the rule's");

    /** What comes in (HTTP, Kafka listeners) reaches what goes out only through a use case. */
    @ArchTest
    public static final ArchRule inboundAdaptersDoNotUseOutboundOnes = noClasses()
            .that().resideInAPackage("..adapter.in..")
            .should().dependOnClassesThat().resideInAPackage("..adapter.out..")
            .allowEmptyShould(true)
            .because("an inbound adapter translates a request into a use case's command, nothing more");

    /** A reader finds every HTTP endpoint of a service in one place. */
    @ArchTest
    public static final ArchRule controllersLiveInTheWebAdapter = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .or().areAnnotatedWith("org.springframework.stereotype.Controller")
            .should().resideInAPackage("..adapter.in.web..")
            .allowEmptyShould(true)
            .because("the web adapter is the service's only HTTP entry");

    /** A reader finds a class by what it is: an endpoint's class says so in its name. */
    @ArchTest
    public static final ArchRule controllersAreNamedSo = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .or().areAnnotatedWith("org.springframework.stereotype.Controller")
            .should().haveSimpleNameEndingWith("Controller")
            .allowEmptyShould(true)
            .because("the web adapter's classes are found by name, beside the use cases they call");

    /** The MongoDB implementation of a port says so in its name (MongoPlanStore for the PlanStore port). */
    @ArchTest
    public static final ArchRule mongoAdaptersAreNamedSo = classes()
            .that().resideInAPackage("..adapter.out.mongo..").and().areTopLevelClasses()
            .should().haveSimpleNameStartingWith("Mongo")
            .allowEmptyShould(true)
            .because("a port's implementations sit side by side, each named after what it is built on");
}
