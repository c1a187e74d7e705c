package org.kinerja.audit.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the envelope of a decision's event says: its id, type and time, the service that published it
 * ({@code /services/<service>/<region>}), and who caused it (the request's verified caller and trace id, when it came
 * over HTTP; null otherwise).
 */
public record EventMeta(String eventId, String eventType, Instant time, String source, String actorSubject,
        List<String> actorRoles, String requestId) {

    public EventMeta {
        actorRoles = actorRoles == null ? List.of() : List.copyOf(actorRoles);
    }

    /** The publishing service's name, from {@code /services/<service>/<region>}. */
    String service() {
        String[] parts = source.split("/");
        return parts.length > 2 && parts[1].equals("services") ? parts[2] : source;
    }
}
