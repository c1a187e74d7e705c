package org.kinerja.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.kinerja.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error a service answers is RFC 7807 problem details that says what was wrong, field by field for invalid
 * input, and never a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** The one place a use case's refusal becomes HTTP: its kind decides the status, its code the problem's type. */
    @ExceptionHandler(Refusal.class)
    public static ResponseEntity<ProblemDetail> refusal(Refusal refusal) {
        HttpStatus status = statusOf(refusal.kind());
        ProblemDetail body = ProblemTypes.of(status, refusal.code(), refusal.getMessage());
        refusal.properties().forEach(body::setProperty);
        return ResponseEntity.status(status).body(body);
    }

    static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("unexpected failure", failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemTypes.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The request could not be completed; it has been logged. Nothing was changed unless stated."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** The field errors' messages follow Accept-Language (ValidationMessages*.properties), and so does this summary. */
    private static ProblemDetail invalid(List<Map<String, Object>> errors) {
        List<String> fields = errors.stream().map(e -> e.get("field") + " " + e.get("message")).toList();
        boolean indonesian = "id".equals(LocaleContextHolder.getLocale().getLanguage())
                || "in".equals(LocaleContextHolder.getLocale().getLanguage());
        ProblemDetail body = ProblemTypes.of(HttpStatus.BAD_REQUEST, "invalid-request", indonesian
                ? "Permintaan memiliki " + errors.size() + " kolom yang tidak sah: " + fields
                : "The request has " + errors.size() + " invalid field(s): " + fields);
        body.setProperty("errors", errors);
        return body;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(error -> errors.add(fieldError(error)));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(error -> errors.add(Map.of("field", String.valueOf(name),
                        "message", String.valueOf(error.getDefaultMessage()))));
            }
        }
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        InvalidFormatException wrongValue = ExceptionUtils.throwableOfType(ex, InvalidFormatException.class);
        if (wrongValue != null) {
            // Well-formed JSON with a value of the wrong kind (an unknown enum name, text for a number): a field error
            // like any other, named by its path in the body.
            return ResponseEntity.badRequest().body(invalid(List.of(Map.of("field", fieldPath(wrongValue),
                    "message", expected(wrongValue.getTargetType())))));
        }
        String cause = ex.getMostSpecificCause().getMessage();
        String firstLine = cause == null ? "" : cause.lines().findFirst().orElse("");
        ProblemDetail body = ProblemTypes.of(HttpStatus.BAD_REQUEST, "unreadable-request",
                "The request body is not valid JSON for this endpoint: " + firstLine);
        return ResponseEntity.badRequest().body(body);
    }

    /** The body's path to the value, as {@code tpp.ceilings[0].positionType}. */
    private static String fieldPath(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : failure.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        return "must be a valid " + (type == null ? "value" : type.getSimpleName());
    }

    private static Map<String, Object> fieldError(FieldError error) {
        return Map.of("field", error.getField(),
                "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }
}
