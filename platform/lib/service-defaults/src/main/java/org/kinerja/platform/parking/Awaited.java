package org.kinerja.platform.parking;

/**
 * What a parked record waits for: an employee the registry has not announced yet, an indicator of an SKP not yet
 * approved, a report a correction revises. The projection that learns it calls {@link ParkingLot#release(Awaited)}.
 */
public record Awaited(String kind, String id) {

    public static Awaited employee(String employeeId) {
        return new Awaited("employee", employeeId);
    }

    public static Awaited indicator(String indicatorId) {
        return new Awaited("indicator", indicatorId);
    }

    public static Awaited report(String reportId) {
        return new Awaited("report", reportId);
    }

    /** The key parked records are found by. */
    public String key() {
        return kind + ":" + id;
    }
}
