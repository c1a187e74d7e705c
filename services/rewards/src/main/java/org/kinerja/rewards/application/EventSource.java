package org.kinerja.rewards.application;

/** The CloudEvents {@code source} of every event rewards publishes: the service, in its region. */
final class EventSource {

    private EventSource() {
    }

    static String of(String region) {
        return "/services/rewards/" + region;
    }
}
