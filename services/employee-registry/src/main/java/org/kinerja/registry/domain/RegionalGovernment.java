package org.kinerja.registry.domain;

import java.time.Instant;

/** A pemerintah daerah: a kabupaten (such as Mamuju) or a kota (such as Makassar or Semarang). */
public record RegionalGovernment(String regionId, String name, String kind, Instant registeredAt) {
}
