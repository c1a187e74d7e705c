package org.kinerja.console.application;

import java.util.List;

/**
 * The platform refused a call (a 4xx answer with problem details): shown to the user in their words, the title and
 * detail as the service wrote them (in the user's language where the service has it) and each field's error beside
 * the field.
 */
public class PlatformRefusal extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> fieldErrors;

    public PlatformRefusal(int status, String code, String title, String detail, List<FieldError> fieldErrors) {
        super(detail == null ? title : detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    /** The problem's code (the last segment of its type), e.g. "not-the-penilai"; null when the answer had none. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** One invalid field of the request, as the service named it. */
    public record FieldError(String field, String message) {
    }
}
