package org.kinerja.platform.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The platform's version as Maven built it (kinerja/version.properties, filtered at build time). */
final class PlatformVersion {

    private PlatformVersion() {
    }

    static String current() {
        try (InputStream in = PlatformVersion.class.getResourceAsStream("/kinerja/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("kinerja/version.properties is missing from service-defaults");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
