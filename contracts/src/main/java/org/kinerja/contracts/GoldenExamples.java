package org.kinerja.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * The golden example payloads of contracts/examples, read from the classpath, so producers' and consumers' tests in
 * every service use the very same examples the contract tests validate.
 */
public final class GoldenExamples {

    private GoldenExamples() {
    }

    /** Valid examples of a type, by name. */
    public static Map<String, JsonNode> valid(EventType type) {
        return read(type.type().substring("kinerja.".length()));
    }

    /** Examples that the type's schema must refuse, by name. */
    public static Map<String, JsonNode> invalid(EventType type) {
        return read(type.type().substring("kinerja.".length()) + "/invalid");
    }

    /** One valid example, as the bytes a producer would put on the wire. */
    public static byte[] bytes(EventType type, String name) {
        JsonNode node = valid(type).get(name);
        if (node == null) {
            throw new IllegalArgumentException("no golden example " + name + " for " + type.type());
        }
        return EventJson.write(node);
    }

    private static Map<String, JsonNode> read(String folder) {
        URL url = GoldenExamples.class.getClassLoader().getResource("kinerja/contracts/examples/" + folder);
        Map<String, JsonNode> examples = new TreeMap<>();
        if (url == null) {
            return examples;
        }
        try {
            Path dir = toPath(url);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    String name = file.getFileName().toString().replace(".json", "");
                    examples.put(name, EventJson.tree(Files.readAllBytes(file)));
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path toPath(URL url) throws IOException {
        try {
            if (!"jar".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            FileSystem jar;
            try {
                jar = FileSystems.getFileSystem(url.toURI());
            } catch (FileSystemNotFoundException e) {
                jar = FileSystems.newFileSystem(url.toURI(), Map.of());
            }
            return jar.provider().getPath(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
