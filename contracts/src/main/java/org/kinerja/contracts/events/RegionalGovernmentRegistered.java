package org.kinerja.contracts.events;

import java.time.Instant;

/** A pemerintah daerah (regional government: kabupaten or kota) joined the platform. */
public record RegionalGovernmentRegistered(String regionId, String name, String kind, Instant registeredAt) {
}
