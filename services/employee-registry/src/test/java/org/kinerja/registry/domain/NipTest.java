package org.kinerja.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {
    @Test
    void parsesTheFourParts() {
        Nip nip = Nip.parse("199207252019032001");
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1992, 7, 25));
        assertThat(nip.appointed()).isEqualTo(YearMonth.of(2019, 3));
        assertThat(nip.sexDigit()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
            "19920725201903200, exactly 18 digits",
            "1992072520190320011, exactly 18 digits",
            "19920725201903200A, exactly 18 digits",
            "199213252019032001, birth date",
            "199202302019032001, birth date",
            "199207252019132001, appointment month",
            "199207251990032001, after the birth date",
            "199207252019033001, digit 15",
            "199207252019032000, must not be 000"})
    void refusesInvalidNips(String candidate, String expectedProblem) {
        assertThat(Nip.problem(candidate)).hasValueSatisfying(p -> assertThat(p).contains(expectedProblem));
    }

    @Test
    void acceptsValidNip() {
        assertThat(Nip.problem("198503122010011003")).isEmpty();
    }
}
