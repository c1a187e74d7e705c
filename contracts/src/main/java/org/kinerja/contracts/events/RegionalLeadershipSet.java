package org.kinerja.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who leads a regional government from a date: the kepala daerah (Bupati or Walikota, an elected official who holds no
 * NIP, known by a {@code kdh-} id) and the Sekretaris Daerah (an ASN, head of the Sekretariat Daerah). They are the
 * penilai and atasan penilai at the top of every OPD's tree; the registry re-resolves the OPD heads' penilai from it.
 */
public record RegionalLeadershipSet(String regionId, String kepalaDaerahId, String kepalaDaerahName,
        String kepalaDaerahTitle, String sekdaId, LocalDate effectiveFrom, String by, long version, Instant setAt) {
}
