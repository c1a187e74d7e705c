package org.kinerja.console.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.kinerja.console.application.Views.Reason;

/**
 * The platform's reasons (a stable code with its args, as scoring and rewards send them beside their English words)
 * in the reader's language from the console's bundles ({@code reason.<CODE>}): decimal args become numbers, so they are
 * written the reader's way (82,5 in Bahasa Indonesia), and a word the bundles know ({@code reason.arg.<arg>}, a
 * predicate's {@code predicate.<arg>}) is written in their words. Where the platform sent no codes (figures older than
 * them), or a code the bundles do not know, the platform's English words stand instead of nothing.
 */
public final class ReasonWords {

    /** A decimal: written the reader's way. Whole numbers stay as sent (a year or period must not read "2.026"). */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");

    /** A message of the console's bundles with its arguments filled in; empty when the bundles have none. */
    @FunctionalInterface
    public interface Bundle {
        Optional<String> message(String key, Object[] args, Locale locale);
    }

    private final Bundle bundle;

    public ReasonWords(Bundle bundle) {
        this.bundle = bundle;
    }

    /** Each reason in {@code locale}'s words; {@code english} is what the platform wrote beside the codes. */
    public List<String> of(List<Reason> codes, List<String> english, Locale locale) {
        if (codes == null || codes.isEmpty()) {
            return english == null ? List.of() : english;
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Reason reason = codes.get(i);
            String fallback = english != null && english.size() == codes.size() ? english.get(i)
                    : reason.code() + " " + String.join(", ", reason.args());
            words.add(bundle.message("reason." + reason.code(), arguments(reason, locale), locale).orElse(fallback));
        }
        return words;
    }

    /**
     * A list whose first entries the platform also sent as codes (a case's opening goals): those worded, the rest
     * (people's own words) as they are.
     */
    public List<String> leading(List<Reason> codes, List<String> texts, Locale locale) {
        if (codes == null || codes.isEmpty() || codes.size() > texts.size()) {
            return texts;
        }
        List<String> all = new ArrayList<>(of(codes, texts.subList(0, codes.size()), locale));
        all.addAll(texts.subList(codes.size(), texts.size()));
        return all;
    }

    /** One reason made of parts (a reward's), as a sentence; {@code english} stands where no codes came. */
    public String sentence(List<Reason> codes, String english, Locale locale) {
        return codes == null || codes.isEmpty() ? english : String.join("; ", of(codes, List.of(), locale));
    }

    private Object[] arguments(Reason reason, Locale locale) {
        return reason.args().stream().map(a -> DECIMAL.matcher(a).matches() ? (Object) new BigDecimal(a)
                : bundle.message("reason.arg." + a, new Object[0], locale)
                        .or(() -> bundle.message("predicate." + a, new Object[0], locale)).orElse(a))
                .toArray();
    }
}
