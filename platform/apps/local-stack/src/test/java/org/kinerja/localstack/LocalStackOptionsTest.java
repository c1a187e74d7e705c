package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** One regional government per deployment, as in production: command one serves one seed region and its people. */
class LocalStackOptionsTest {

    @Test
    void commandOneServesMakassarUnlessToldAnotherSeedRegion() {
        assertThat(LocalStackOptions.parse(new String[0]).region()).isEqualTo("makassar");
        assertThat(LocalStackOptions.parse(new String[] {"--region=semarang", "--demo"}).region()).isEqualTo("semarang");
        assertThatThrownBy(() -> LocalStackOptions.parse(new String[] {"--region=bandung"}))
                .hasMessageContaining("unknown region bandung: one of makassar, semarang, mamuju");
        assertThat(LocalStackOptions.forTests(Path.of("target")).region()).isEqualTo(DemoData.ALL_REGIONS);
    }

    @Test
    void aRegionsDemoHasItsGovernmentsAgenciesAndPeopleOnly() {
        assertThat(DemoData.agenciesOf("mamuju")).extracting(DemoData.Agency::agencyId).containsExactly("dinkes-mmj");
        assertThat(DemoData.consoleUsers("mamuju")).extracting(DemoData.ConsoleUser::subject)
                .contains("199309302019022005", "bkpsdm-admin").doesNotContain("199207252019032001");
        assertThat(DemoData.agenciesOf(DemoData.ALL_REGIONS)).hasSize(3);
    }
}
