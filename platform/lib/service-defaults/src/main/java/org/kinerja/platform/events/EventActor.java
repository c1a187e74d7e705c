package org.kinerja.platform.events;

import java.util.List;
import java.util.Optional;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.kinerja.platform.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who caused an event: the principal of the verified access token and its roles, and the trace id of the request. It
 * travels with the event as CloudEvents extension attributes ({@value #SUBJECT}, {@value #ROLES}, {@value #REQUEST})
 * so the audit trail records who decided, from the token and not from a field of the request body. Events a service
 * emits on its own (from a Kafka listener, a scheduled job) have none.
 *
 * @param roles     the caller's roles, in the order of {@link org.kinerja.platform.security.Role}
 * @param requestId the W3C trace id of the request (32 hex digits); null outside a traced request
 */
public record EventActor(String subject, List<String> roles, String requestId) {

    /** CloudEvents extension: the principal ({@code sub}) of the token that caused the event. */
    public static final String SUBJECT = "kinerjaactor";
    /** CloudEvents extension: that principal's roles, comma-separated. */
    public static final String ROLES = "kinerjaroles";
    /** CloudEvents extension: the trace id of the request. */
    public static final String REQUEST = "kinerjarequest";

    public EventActor {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The caller of the request this thread serves, if a verified token authenticated it. */
    public static Optional<EventActor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        Caller caller = Caller.from(token.getToken());
        List<String> roles = caller.roles().stream().sorted().map(Enum::name).toList();
        return Optional.of(new EventActor(caller.subject(), roles, currentTraceId()));
    }

    private static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** The roles as the {@value #ROLES} attribute carries them. */
    public String rolesAttribute() {
        return String.join(",", roles);
    }

    /** Reads the attributes back; empty when the event carries no actor. */
    public static Optional<EventActor> fromAttributes(String subject, String roles, String requestId) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        List<String> names = roles == null || roles.isBlank() ? List.of() : List.of(roles.split(","));
        return Optional.of(new EventActor(subject, names, requestId));
    }
}
