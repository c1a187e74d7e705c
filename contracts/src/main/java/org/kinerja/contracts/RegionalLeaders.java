package org.kinerja.contracts;

import java.util.regex.Pattern;

/**
 * The ids of the regional leadership outside the ASN registry. The kepala daerah (Bupati/Walikota) is elected, not an
 * ASN, and holds no NIP; they are known by a {@code kdh-} id wherever a penilai or atasan penilai is named, and sign
 * in with that id as their token's subject.
 */
public final class RegionalLeaders {

    /** The same pattern the event schemas give penilaiId, atasanPenilaiId and onBehalfOf besides a NIP. */
    public static final Pattern KEPALA_DAERAH_ID = Pattern.compile("kdh-[a-z0-9][a-z0-9-]{0,39}");

    private RegionalLeaders() {
    }

    public static boolean isKepalaDaerah(String id) {
        return id != null && KEPALA_DAERAH_ID.matcher(id).matches();
    }
}
