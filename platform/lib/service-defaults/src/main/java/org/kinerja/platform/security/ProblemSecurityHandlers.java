package org.kinerja.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.kinerja.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Missing or invalid tokens (401) and refused access (403) answered as problem details too. */
final class ProblemSecurityHandlers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemSecurityHandlers() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, failure) -> write(response, ProblemTypes.of(HttpStatus.UNAUTHORIZED,
                "unauthorized", "A valid bearer token is required: " + failure.getMessage(), request.getLocale()),
                "Bearer realm=\"kinerja\"");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, failure) -> write(response, ProblemTypes.of(HttpStatus.FORBIDDEN, "forbidden",
                "The token does not allow this request.", request.getLocale()), null);
    }

    private static void write(HttpServletResponse response, ProblemDetail problem, String challenge)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
