package org.kinerja.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests that talks JSON to a running service or the gateway, as a real caller would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response: its status and its JSON body (a missing node when the body is empty). */
    public record Response(int status, JsonNode body) {
        public String text(String field) {
            return body.path(field).asString();
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** The body of a GET as text, for endpoints that do not answer JSON (such as /actuator/prometheus). */
    public String getText(String path) {
        try {
            return http.send(request(path, null).header("Accept", "text/plain").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String token, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postWithHeader(String path, String token, Object body, String header, String value) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String token, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any call: the method, headers, and a body of the given content type (none when the body is null). */
    public Response call(String method, String path, String token, Map<String, String> headers, String contentType,
            String body) {
        HttpRequest.Builder builder = request(path, token);
        headers.forEach(builder::header);
        if (body == null) {
            return send(builder.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(builder.header("Content-Type", contentType).method(method,
                HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Polls a GET until the response satisfies the condition (the platform is eventually consistent). */
    public Response await(String path, String token, Predicate<Response> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = get(path, token);
            if (condition.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("GET " + path + " did not reach the expected state within " + timeout
                + "; last answer: " + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /**
     * Repeats a call while its answer says "not yet" (typically 422 until a projection has caught up with an event),
     * and returns the first other answer, or the last one after the timeout.
     */
    public static Response retryWhile(Predicate<Response> notYet, Supplier<Response> call, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response response = call.get();
        while (notYet.test(response) && System.nanoTime() < deadline) {
            sleep(200);
            response = call.get();
        }
        return response;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node = body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
            return new Response(response.statusCode(), node);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
