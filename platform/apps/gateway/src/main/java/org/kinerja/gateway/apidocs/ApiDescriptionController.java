package org.kinerja.gateway.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The region's one API description and its Swagger UI, at the gateway where integrators call: each route's service
 * is asked for its own description (GET /v3/api-docs behind the route), and the answers merged. A service that does
 * not answer is left out and named in the description, and the merge is retried on the next request; a complete
 * one is kept for a minute.
 */
@RestController
class ApiDescriptionController {

    private static final Logger log = LoggerFactory.getLogger(ApiDescriptionController.class);
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration KEEP_COMPLETE = Duration.ofMinutes(1);

    private final RouteDefinitionLocator routes;
    private final WebClient client = WebClient.builder()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final String swaggerPage = resource("/gateway/swagger-ui.html");
    private final Mono<Merged> merged;

    ApiDescriptionController(RouteDefinitionLocator routes) {
        this.routes = routes;
        this.merged = fetchAndMerge().cache(done -> done.unavailable().isEmpty() ? KEEP_COMPLETE : Duration.ZERO,
                failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> apiDescription() {
        return merged.map(done -> json.writeValueAsString(done.document()));
    }

    @GetMapping(path = {"/swagger-ui.html", "/swagger-ui"}, produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> swaggerUi() {
        return Mono.just(swaggerPage);
    }

    private record Merged(ObjectNode document, List<String> unavailable) {
    }

    private record Answer(String service, Optional<ObjectNode> document) {
    }

    private Mono<Merged> fetchAndMerge() {
        return routes.getRouteDefinitions()
                .filter(route -> route.getUri() != null && route.getUri().getScheme().startsWith("http"))
                .flatMap(this::ask)
                .collectList()
                .map(answers -> {
                    answers.sort(Comparator.comparing(Answer::service));
                    List<ApiDescriptionMerge.ServiceDescription> described = new ArrayList<>();
                    List<String> unavailable = new ArrayList<>();
                    for (Answer answer : answers) {
                        answer.document().ifPresentOrElse(
                                d -> described.add(new ApiDescriptionMerge.ServiceDescription(answer.service(), d)),
                                () -> unavailable.add(answer.service()));
                    }
                    return new Merged(ApiDescriptionMerge.merge(described, unavailable), unavailable);
                });
    }

    private Flux<Answer> ask(RouteDefinition route) {
        return client.get().uri(route.getUri().resolve("/v3/api-docs")).retrieve().bodyToMono(String.class)
                .timeout(ASK_TIMEOUT)
                .map(body -> new Answer(route.getId(), Optional.of((ObjectNode) json.readTree(body))))
                .onErrorResume(failure -> {
                    log.warn("api description of {} not available: {}", route.getId(), failure.toString());
                    return Mono.just(new Answer(route.getId(), Optional.empty()));
                })
                .flux();
    }

    private static String resource(String path) {
        try (InputStream in = ApiDescriptionController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the gateway");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
