package org.kinerja.localstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The layering and isolation rules of docs/architecture, executable. Each rule says why it exists. */
@AnalyzeClasses(packages = "org.kinerja", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules must be testable without a broker, a database or a container, and must outlive frameworks. */
    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses().that().resideInAPackage("org.kinerja..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "io.cloudevents..", "jakarta..", "tools.jackson..")
            .because("domain code holds the rules as pure functions");

    /** Use cases depend on ports, never on a database or Kafka adapter directly. */
    @ArchTest
    static final ArchRule applicationDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("org.kinerja..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kinerja..adapter..", "com.mongodb..")
            .because("adapters plug into ports; swapping one must not touch a use case");

    /** Services share nothing but contracts and platform: no service may use another service's classes. */
    @ArchTest
    static final ArchRule servicesAreIndependent = SlicesRuleDefinition.slices()
            .matching("org.kinerja.(registry|planning|reporting|scoring|rewards|console)..")
            .should().notDependOnEachOther()
            .because("services talk only through Kafka events and HTTP");

    /** The shared libraries must not know any service. */
    @ArchTest
    static final ArchRule platformKnowsNoService = noClasses()
            .that().resideInAnyPackage("org.kinerja.platform..", "org.kinerja.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kinerja.registry..", "org.kinerja.planning..",
                    "org.kinerja.reporting..", "org.kinerja.scoring..", "org.kinerja.rewards..",
                    "org.kinerja.console..", "org.kinerja.gateway..", "org.kinerja.localstack..")
            .because("platform and contracts are the bottom layer every service builds on");
}
