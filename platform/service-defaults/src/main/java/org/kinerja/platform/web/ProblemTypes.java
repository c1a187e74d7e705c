package org.kinerja.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details with a stable {@code type} URI per kind of problem. */
public final class ProblemTypes {

    public static final String BASE = "https://kinerja.org/problems/";

    private ProblemTypes() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + code));
        problem.setProperty("code", code);
        return problem;
    }
}
