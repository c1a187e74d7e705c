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
}
