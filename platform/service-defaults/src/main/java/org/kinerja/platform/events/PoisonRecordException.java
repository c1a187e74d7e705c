package org.kinerja.platform.events;

/**
 * A record that can never be processed as it is (unparseable, schema-invalid, of an unknown type, or refused by
 * validation or authorisation). It goes to the dead-letter topic at once with {@link #reason()}; retrying is useless.
 */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
