package org.kinerja.platform.kafka.access;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for new principals: 32 bytes from a SecureRandom, URL-safe, with nothing to escape anywhere. */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
