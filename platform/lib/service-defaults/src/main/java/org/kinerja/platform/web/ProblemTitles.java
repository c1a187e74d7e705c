package org.kinerja.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The title of each kind of problem in English and Bahasa Indonesia (kinerja/problems*.properties), so a client can
 * show the user either: {@code title} follows the request's Accept-Language (English unless Indonesian is asked for),
 * and {@code titles} carries both.
 */
public final class ProblemTitles {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final ResourceBundle ENGLISH_TITLES = ResourceBundle.getBundle("kinerja.problems", Locale.ROOT);
    private static final ResourceBundle INDONESIAN_TITLES = ResourceBundle.getBundle("kinerja.problems", INDONESIAN);

    private ProblemTitles() {
    }

    /** Both titles of a code; a code without its own falls back to the HTTP status. */
    public static Map<String, String> titles(String code, HttpStatusCode status) {
        return Map.of("en", lookup(ENGLISH_TITLES, code, status), "id", lookup(INDONESIAN_TITLES, code, status));
    }

    public static String title(String code, HttpStatusCode status, Locale locale) {
        boolean indonesian = locale != null && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
        return lookup(indonesian ? INDONESIAN_TITLES : ENGLISH_TITLES, code, status);
    }

    /** Whether a code has titles of its own (a check for tests and reviews). */
    public static boolean known(String code) {
        return ENGLISH_TITLES.containsKey(code) && INDONESIAN_TITLES.containsKey(code);
    }

    private static String lookup(ResourceBundle bundle, String code, HttpStatusCode status) {
        try {
            return bundle.getString(code);
        } catch (MissingResourceException e) {
            HttpStatus known = HttpStatus.resolve(status.value());
            return known == null ? "Error " + status.value() : known.getReasonPhrase();
        }
    }
}
