package org.kinerja.console.adapter.out.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.console.application.Platform;
import org.kinerja.console.application.PlatformRefusal;
import org.kinerja.console.application.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The platform's API through the gateway, each call with the user's bearer token and their language
 * ({@code Accept-Language}, so problem titles and validation messages come back in it). A 4xx answer becomes a
 * {@link PlatformRefusal} with the problem's title, detail and field errors; a 5xx or a gateway that does not answer
 * is an error page (the user's input is kept by the form).
 */
public class GatewayPlatform implements Platform {

    private final RestClient client;
    private final ObjectMapper json;

    public GatewayPlatform(RestClient.Builder builder, String gatewayUrl, ObjectMapper json) {
        this.client = builder.baseUrl(gatewayUrl)
                .defaultStatusHandler(HttpStatusCode::is4xxClientError, (request, response) -> {
                    throw refusal(response);
                }).build();
        this.json = json;
    }

    @Override
    public <T> Optional<T> find(SignedInUser user, String path, Class<T> type) {
        return read(user, path).map(node -> json.convertValue(node, type));
    }

    @Override
    public <T> List<T> list(SignedInUser user, String path, Class<T> type) {
        return read(user, path).<List<T>>map(node -> json.convertValue(node,
                json.getTypeFactory().constructCollectionType(List.class, type))).orElse(List.of());
    }

    /** The JSON answer at {@code path}, empty when the platform has none (404) or answers nothing. */
    private Optional<JsonNode> read(SignedInUser user, String path) {
        try {
            return Optional.ofNullable(call(user, HttpMethod.GET, path).retrieve().body(JsonNode.class));
        } catch (PlatformRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    @Override
    public <T> T send(SignedInUser user, Command command, Class<T> type) {
        RestClient.RequestBodySpec request = call(user, HttpMethod.valueOf(command.method()), command.path());
        if (command.idempotencyKey() != null) {
            request.header("Idempotency-Key", command.idempotencyKey());
        }
        if (command.body() != null) {
            request.contentType(MediaType.parseMediaType(command.contentType())).body(command.body());
        }
        return request.retrieve().body(type);
    }

    @Override
    public String devToken(String subject, List<String> roles, String agency) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("subject", subject, "roles", roles));
        if (agency != null && !agency.isBlank()) {
            body.put("agency", agency);
        }
        JsonNode answer = client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class);
        return answer.path("access_token").asString();
    }

    private RestClient.RequestBodySpec call(SignedInUser user, HttpMethod method, String path) {
        return client.method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + user.accessToken())
                .header(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    }

    private PlatformRefusal refusal(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode problem;
        try (InputStream body = response.getBody()) {
            problem = json.readTree(body);
        } catch (RuntimeException unreadable) {
            problem = json.createObjectNode();
        }
        List<PlatformRefusal.FieldError> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(new PlatformRefusal.FieldError(e.path("field").asString(),
                e.path("message").asString())));
        String code = problem.path("code").isMissingNode() ? null : problem.path("code").asString();
        String title = problem.path("title").asString(response.getStatusText());
        String detail = problem.path("detail").isMissingNode() ? null : problem.path("detail").asString();
        return new PlatformRefusal(status, code, title, detail, fields);
    }
}
