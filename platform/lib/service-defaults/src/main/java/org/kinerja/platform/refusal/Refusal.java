package org.kinerja.platform.refusal;

import java.util.Map;

/**
 * A request a use case refuses, for a reason the caller can fix or must know: what kind of refusal it is, a stable
 * machine-readable code ({@code not-your-plan}, {@code invalid-period}) and what was wrong in words. Use cases and the
 * domain raise it without knowing how it travels: the web adapter's problem-details advice answers it over HTTP (the
 * kind decides the status, the code the problem's {@code type}), and the Kafka intake dead-letters a record with it.
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal: the caller's way out differs for each. */
    public enum Kind {
        /** what was asked for does not exist (or not yet) */
        NOT_FOUND,
        /** the caller may not do or read this */
        NOT_ALLOWED,
        /** it clashes with what is there (a duplicate, a state that does not allow it) */
        CONFLICT,
        /** the request breaks a rule of the domain */
        INVALID,
        /** the request is larger than the platform takes */
        TOO_LARGE
    }

    private final Kind kind;
    private final String code;
    private final Map<String, Object> properties;

    /** A refusal with further facts for the caller ({@code errors}, field by field), kept in the answer. */
    public Refusal(Kind kind, String code, String detail, Map<String, Object> properties) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public Refusal(Kind kind, String code, String detail) {
        this(kind, code, detail, Map.of());
    }

    public static Refusal notFound(String code, String detail) {
        return new Refusal(Kind.NOT_FOUND, code, detail);
    }

    public static Refusal notAllowed(String code, String detail) {
        return new Refusal(Kind.NOT_ALLOWED, code, detail);
    }

    public static Refusal invalid(String code, String detail) {
        return new Refusal(Kind.INVALID, code, detail);
    }

    public static Refusal conflict(String code, String detail) {
        return new Refusal(Kind.CONFLICT, code, detail);
    }

    public static Refusal tooLarge(String code, String detail) {
        return new Refusal(Kind.TOO_LARGE, code, detail);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
