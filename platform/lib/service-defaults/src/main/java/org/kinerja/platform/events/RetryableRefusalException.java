package org.kinerja.platform.events;

import org.kinerja.platform.parking.Awaited;

/**
 * A refusal that may only mean "not yet": the record names something (an employee, an approved indicator, the report a
 * correction revises) that this service's projections have not received yet, because events on different topics, and
 * an agency's records, arrive in no guaranteed order. The record is parked (see
 * {@link org.kinerja.platform.parking.ParkingLot}) and tried again the moment what it awaits arrives; if it is still
 * refused after the documented wait, it goes to the dead-letter topic with the reason, like a poison record.
 */
public class RetryableRefusalException extends RuntimeException {

    private final transient Awaited awaited;
    private final String code;

    public RetryableRefusalException(String reason, Awaited awaited) {
        this(reason, null, awaited);
    }

    /** {@code code} is the refusal's stable code (a client words it), {@code reason} its English words. */
    public RetryableRefusalException(String reason, String code, Awaited awaited) {
        super(reason);
        this.code = code;
        this.awaited = awaited;
    }

    public String reason() {
        return getMessage();
    }

    /** The refusal's stable code, where the refusal has one. */
    public java.util.Optional<String> code() {
        return java.util.Optional.ofNullable(code);
    }

    public Awaited awaited() {
        return awaited;
    }
}
