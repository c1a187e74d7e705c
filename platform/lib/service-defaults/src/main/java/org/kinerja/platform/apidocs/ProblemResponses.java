package org.kinerja.platform.apidocs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The problem-details responses an operation can give, from what it is: every operation may be refused 401 (no valid
 * token) or 403 (the caller's role or agency); one that takes input may be 400; one whose path names something may be
 * 404; a write may conflict (409) or be refused by a rule (422). ProblemDetailsAdvice answers each as RFC 9457
 * problem details with a stable {@code code}.
 */
final class ProblemResponses {

    static final String SCHEMA = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    private static final Map<String, String> MEANINGS = Map.of(
            "400", "The request is malformed or a field is invalid (errors names each field).",
            "401", "No valid access token: missing, expired, too long-lived, or for another region or audience.",
            "403", "The caller's role or agency may not do this to this employee, unit or agency.",
            "404", "What the path names does not exist in this region.",
            "409", "It conflicts with the current state: changed meanwhile, or already decided.",
            "422", "A rule of the platform refuses it; code says which, detail why.");

    private ProblemResponses() {
    }

    static Operation describe(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        add(responses, "401");
        add(responses, "403");
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(responses, "400");
        }
        boolean namesSomething = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        if (namesSomething) {
            add(responses, "404");
        }
        if (isWrite(handler)) {
            add(responses, "409");
            add(responses, "422");
        }
        return operation.responses(responses);
    }

    private static boolean isWrite(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
    }

    private static void add(ApiResponses responses, String status) {
        if (responses.containsKey(status)) {
            return;     // the operation describes this one itself
        }
        responses.addApiResponse(status, new ApiResponse().description(MEANINGS.get(status))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
    }

    /** RFC 9457 problem details as ProblemTypes builds them. */
    static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details; code is stable, title follows Accept-Language")
                .addProperty("type", new StringSchema().format("uri").example("https://kinerja.org/problems/skp-not-approved"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().description("the problem's stable code"))
                .addProperty("titles", new MapSchema().additionalProperties(new StringSchema())
                        .description("the title in each language the platform speaks (id, en)"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema()))
                        .description("for 400 invalid-request: each invalid field and why"))
                .required(List.of("type", "title", "status", "code"));
    }
}
