package org.kinerja.localstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The rules across modules, which need every one on one classpath: no service uses another's classes, the platform
 * knows no service. The layering inside a service (ServiceArchitecture) runs in each service's own build.
 */
@AnalyzeClasses(packages = "org.kinerja", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {


    /** Services share nothing but contracts and platform: no service may use another service's classes. */
    @ArchTest
    static final ArchRule servicesAreIndependent = SlicesRuleDefinition.slices()
            .matching("org.kinerja.(registry|planning|reporting|scoring|rewards|audit|console)..")
            .should().notDependOnEachOther()
            .because("services talk only through Kafka events and HTTP");

    /** The shared libraries must not know any service. */
    @ArchTest
    static final ArchRule platformKnowsNoService = noClasses()
            .that().resideInAnyPackage("org.kinerja.platform..", "org.kinerja.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kinerja.registry..", "org.kinerja.planning..",
                    "org.kinerja.reporting..", "org.kinerja.scoring..", "org.kinerja.rewards..",
                    "org.kinerja.audit..", "org.kinerja.console..", "org.kinerja.gateway..", "org.kinerja.localstack..")
            .because("platform and contracts are the bottom layer every service builds on");
}
