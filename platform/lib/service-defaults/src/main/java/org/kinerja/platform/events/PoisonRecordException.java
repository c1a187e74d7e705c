package org.kinerja.platform.events;

/**
 * A record that can never be processed as it is (unparseable, schema-invalid, of an unknown type, or refused by
 * validation or authorisation). It goes to the dead-letter topic at once with {@link #reason()}; retrying is useless.
 */
public class PoisonRecordException extends RuntimeException {

    private final String code;

    public PoisonRecordException(String reason) {
        this(reason, null);
    }

    /** {@code code} is the refusal's stable code (a client words it), {@code reason} its English words. */
    public PoisonRecordException(String reason, String code) {
        super(reason);
        this.code = code;
    }

    public String reason() {
        return getMessage();
    }

    /** The refusal's stable code, where the refusal has one. */
    public java.util.Optional<String> code() {
        return java.util.Optional.ofNullable(code);
    }
}
