package org.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemTitlesTest {

    @Test
    void titlesFollowTheLanguageAskedFor() {
        assertThat(ProblemTitles.title("unknown-employee", HttpStatus.UNPROCESSABLE_CONTENT, Locale.ENGLISH))
                .isEqualTo("Unknown employee");
        assertThat(ProblemTitles.title("unknown-employee", HttpStatus.UNPROCESSABLE_CONTENT,
                Locale.forLanguageTag("id-ID"))).isEqualTo("Pegawai tidak dikenal");
        assertThat(ProblemTitles.titles("not-your-agency", HttpStatus.FORBIDDEN))
                .containsEntry("id", "Data ini milik perangkat daerah lain");
        assertThat(ProblemTitles.title("no-such-code", HttpStatus.CONFLICT, Locale.ENGLISH)).isEqualTo("Conflict");
    }

    /** Every problem code the services answer has an English and an Indonesian title. */
    @Test
    void everyCodeInTheServicesHasBothTitles() throws IOException {
        Pattern code = Pattern.compile("(?:notFound|forbidden|unprocessable|conflict)\\(\"([a-z0-9-]+)\"|"
                + "HttpStatus\\.[A-Z_]+, \"([a-z0-9-]+)\"|RuleViolation\\(\"([a-z0-9-]*[a-z0-9])\"|"
                + "\n\\s+[A-Z_]+\\(\"([a-z-]+)\"\\)[,;]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../../../services"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/main/"))
                    .toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null && !ProblemTitles.known(m.group(g))) {
                            missing.add(m.group(g) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
