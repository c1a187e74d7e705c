package org.kinerja.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The format of the local stack's data folder. When a new version keeps state in a form the old data cannot serve
 * (format 2: scoring keeps its state key by key, ADR 0005, and counts versions differently; format 3: the embedded
 * MongoDB server stores documents as BSON instead of Java serialization), data of an older format
 * is moved aside, never deleted, and the platform starts afresh, so command one keeps working after an upgrade.
 */
final class DataFormat {

    static final int CURRENT = 3;
    static final String FILE = "FORMAT";

    private static final Logger log = LoggerFactory.getLogger(DataFormat.class);

    private DataFormat() {
    }

    /** Makes {@code dataDir} hold data of the current format; returns where older data was moved, if it was. */
    static Optional<Path> prepare(Path dataDir) {
        try {
            Path marker = dataDir.resolve(FILE);
            Optional<Path> moved = Optional.empty();
            if (Files.isDirectory(dataDir) && !isCurrent(marker) && hasData(dataDir)) {
                Path aside = dataDir.resolveSibling(dataDir.getFileName() + "-format-" + formatOf(marker) + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(dataDir, aside);
                log.warn("the data in {} is of an older format ({}); it was moved to {} and Kinerja starts afresh "
                        + "(load the demo again with --demo)", dataDir, formatOf(aside.resolve(FILE)), aside);
                moved = Optional.of(aside);
            }
            Files.createDirectories(dataDir);
            Files.writeString(marker, String.valueOf(CURRENT), StandardCharsets.UTF_8);
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("the data folder " + dataDir + " could not be prepared", e);
        }
    }

    private static boolean isCurrent(Path marker) throws IOException {
        return Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).trim()
                .equals(String.valueOf(CURRENT));
    }

    private static String formatOf(Path marker) throws IOException {
        return Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).trim() : "1";
    }

    private static boolean hasData(Path dataDir) throws IOException {
        try (var entries = Files.list(dataDir)) {
            return entries.anyMatch(p -> !p.getFileName().toString().equals(FILE));
        }
    }
}
