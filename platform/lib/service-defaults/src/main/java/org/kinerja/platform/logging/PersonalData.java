package org.kinerja.platform.logging;

import java.util.regex.Pattern;

/**
 * What the platform's logs may not carry in full (UU PDP minimisation): an NIP (18 digits, which spell the birth date,
 * the appointment date and the sex) is masked to its last four digits wherever a log line holds one: in a message, an
 * event id, a path, an exception. Names never go into log lines in the first place: the services log ids. The audit
 * trail, not the logs, is where a decision's NIPs are kept, in full and under access control.
 */
public final class PersonalData {

    private static final Pattern NIP = Pattern.compile("(?<![0-9])[0-9]{14}([0-9]{4})(?![0-9])");
    private static final String MASK = "*".repeat(14);

    private PersonalData() {
    }

    public static String masked(String text) {
        if (text == null || text.length() < 18) {
            return text;
        }
        return NIP.matcher(text).replaceAll(MASK + "$1");
    }
}
