package org.kinerja.console.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kinerja.console.application.Views.Reason;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The platform's reason codes worded from the console's own bundles, in both languages, with the English fallback. */
class ReasonWordsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ReasonWords words = new ReasonWords(bundles());

    @Test
    void aUnitFlagIsWordedInTheReadersLanguageWithItsDecimalsWrittenTheReadersWay() {
        List<Reason> flags = List.of(new Reason("AVERAGE_CAPAIAN_BELOW", List.of("82.50", "90")),
                new Reason("BELOW_BAIK_SHARE_ABOVE", List.of("50.00", "30")));
        assertThat(words.of(flags, List.of("english 1", "english 2"), INDONESIAN)).containsExactly(
                "rata-rata capaian 82,5 % di bawah batas 90 %", "50 % predikat di bawah Baik (batas 30 %)");
        assertThat(words.of(flags, List.of(), Locale.ENGLISH)).containsExactly(
                "average capaian 82.5 % below the minimum of 90 %", "50 % of predicates below Baik (more than 30 %)");
    }

    @Test
    void aRewardsReasonNamesPeriodsAndPredicatesInWordsAndKeepsYearsAsTheyAre() {
        List<Reason> reason = List.of(new Reason("SANGAT_BAIK_RUN", List.of("2", "years", "2025, 2026")),
                new Reason("PATTERN_KEPT", List.of("2026")));
        assertThat(words.sentence(reason, "english", INDONESIAN)).isEqualTo(
                "Sangat Baik 2 tahun berturut-turut (2025, 2026); unit memenuhi pola distribusi pada 2026");
        assertThat(words.sentence(List.of(new Reason("BEST_PERFORMER", List.of("1", "2026-03", "SANGAT_BAIK"))),
                "english", INDONESIAN)).isEqualTo("kinerja terbaik ke-1 di unit pada 2026-03, predikat Sangat Baik");
    }

    @Test
    void aCasesOpeningGoalsAreWordedAndThePenilaisOwnGoalsStandAsWritten() {
        assertThat(words.leading(List.of(new Reason("RAISE_INDICATOR", List.of("iki-1", "62.5", "90"))),
                List.of("Raise iki-1 from 62.5 % to at least 90 % capaian", "Hadir tepat waktu"), INDONESIAN))
                .containsExactly("Tingkatkan capaian iki-1 dari 62,5 % menjadi paling sedikit 90 %",
                        "Hadir tepat waktu");
    }

    @Test
    void withoutCodesOrWithAnUnknownCodeThePlatformsEnglishStands() {
        assertThat(words.of(List.of(), List.of("average capaian 80 below 90"), INDONESIAN))
                .containsExactly("average capaian 80 below 90");
        assertThat(words.of(List.of(new Reason("SOMETHING_NEW", List.of("1"))), List.of("something new: 1"),
                INDONESIAN)).containsExactly("something new: 1");
        assertThat(words.sentence(List.of(), "withheld: no evidence", INDONESIAN)).isEqualTo("withheld: no evidence");
    }

    private static ReasonWords.Bundle bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return (key, args, locale) -> Optional.ofNullable(source.getMessage(key, args, null, locale));
    }
}
