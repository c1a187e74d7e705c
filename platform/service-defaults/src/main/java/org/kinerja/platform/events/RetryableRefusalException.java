package org.kinerja.platform.events;

/**
 * A refusal that may only mean "not yet": the record names something (an employee, an approved indicator) that this
 * service's projections have not received yet, because events on different topics arrive in no guaranteed order. The
 * consumer retries it for a bounded time; if it is still refused then, it goes to the dead-letter topic with the
 * reason, like a poison record.
 */
public class RetryableRefusalException extends RuntimeException {

    public RetryableRefusalException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
