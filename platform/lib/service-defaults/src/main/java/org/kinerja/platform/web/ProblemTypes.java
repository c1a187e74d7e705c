package org.kinerja.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details with a stable {@code type} URI per kind of problem. */
public final class ProblemTypes {

    public static final String BASE = "https://kinerja.org/problems/";

    private ProblemTypes() {
    }

    /** A problem titled in the language of the current request (see {@link ProblemTitles}). */
    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        return of(status, code, detail, LocaleContextHolder.getLocale());
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + code));
        problem.setTitle(ProblemTitles.title(code, status, locale));
        problem.setProperty("code", code);
        problem.setProperty("titles", ProblemTitles.titles(code, status));
        return problem;
    }
}
