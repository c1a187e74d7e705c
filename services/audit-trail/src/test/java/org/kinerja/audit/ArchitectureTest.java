package org.kinerja.audit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.kinerja.platform.architecture.ServiceArchitecture;

/** The platform's layering rules (each with its reason in ServiceArchitecture), checked in this service's own build. */
@AnalyzeClasses(packages = "org.kinerja.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(ServiceArchitecture.class);
}
