package org.kinerja.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's refusals as the services' are: RFC 7807 problem details with a stable {@code code}, and for a missing
 * or refused token the {@code WWW-Authenticate} challenge of RFC 6750 saying why.
 */
final class GatewayProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GatewayProblems() {
    }

    static ServerAuthenticationEntryPoint unauthorized() {
        return (exchange, failure) -> {
            String reason = failure instanceof OAuth2AuthenticationException oauth
                    && oauth.getError().getDescription() != null ? oauth.getError().getDescription()
                    : failure.getMessage();
            boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            String challenge = tokenSent
                    ? "Bearer realm=\"kinerja\", error=\"invalid_token\", error_description=\""
                            + reason.replace("\"", "'") + "\""
                    : "Bearer realm=\"kinerja\"";
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
            return write(exchange.getResponse(), problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "A valid bearer token is required: " + reason));
        };
    }

    static ServerAccessDeniedHandler forbidden() {
        return (exchange, denied) -> write(exchange.getResponse(), problem(HttpStatus.FORBIDDEN, "forbidden",
                "The token does not allow this request."));
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://kinerja.org/problems/" + code));
        problem.setProperty("code", code);
        return problem;
    }

    /** The problem as RFC 7807 has it: its members and the {@code code} at the top level. */
    static Mono<Void> write(ServerHttpResponse response, ProblemDetail problem) {
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        DataBuffer body = response.bufferFactory().wrap(JSON.writeValueAsString(members)
                .getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
