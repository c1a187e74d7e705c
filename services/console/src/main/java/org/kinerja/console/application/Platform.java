package org.kinerja.console.application;

import java.util.List;
import java.util.Optional;

/**
 * The platform's API as the console uses it: every call made with the signed-in user's token, answered as the view
 * types of this package (unknown fields ignored, so a service may add fields without breaking a page). A refusal
 * (4xx with problem details) is a {@link PlatformRefusal}.
 */
public interface Platform {

    /** The resource at {@code path}, or empty when the platform has none (404). */
    <T> Optional<T> find(SignedInUser user, String path, Class<T> type);

    /** A list at {@code path}; empty when the platform has none (404). */
    <T> List<T> list(SignedInUser user, String path, Class<T> type);

    /** A command: {@code body} posted (or put) to {@code path}; the answer read as {@code type}. */
    <T> T send(SignedInUser user, Command command, Class<T> type);

    /** The local stack's token for a demo user ({@code /dev/tokens}, loopback only); see the dev sign-in. */
    String devToken(String subject, List<String> roles, String agency);

    /**
     * One command to the platform.
     *
     * @param method POST or PUT
     * @param path the API path
     * @param body the JSON body (a record or a map)
     * @param idempotencyKey sent as {@code Idempotency-Key} where the endpoint takes one (a form's own key, so a form
     *     sent twice counts once), or null
     * @param contentType the body's media type: JSON, or a file's own
     */
    record Command(String method, String path, Object body, String idempotencyKey, String contentType) {

        /** A JSON command. */
        public Command(String method, String path, Object body, String idempotencyKey) {
            this(method, path, body, idempotencyKey, "application/json");
        }

        public static Command post(String path, Object body) {
            return new Command("POST", path, body, null);
        }

        /** A file sent as it is (a CSV onboarding file, for one), of the given media type. */
        public static Command upload(String path, byte[] file, String contentType) {
            return new Command("POST", path, file, null, contentType);
        }

        public Command once(String key) {
            return new Command(method, path, body, key, contentType);
        }
    }
}
