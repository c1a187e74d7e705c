package org.kinerja.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The real client tools some tests run (kcat, Node.js packages pinned by a package-lock). Where a tool is missing the
 * test is skipped, unless the variable that CI sets says it must run.
 */
final class NodeTools {

    private NodeTools() {
    }

    record Result(int exit, String output) {
    }

    /** Skips the test class without the programs; fails it instead when {@code requiredBy} is set to true. */
    static void require(String requiredBy, String install, String... programs) {
        boolean available = Arrays.stream(programs).allMatch(NodeTools::onPath);
        if (!available && "true".equals(System.getenv(requiredBy))) {
            throw new IllegalStateException(requiredBy + "=true but " + String.join(", ", programs)
                    + " are not all installed (" + install + ")");
        }
        Assumptions.assumeTrue(available, String.join(", ", programs) + " not all installed: " + install);
    }

    /** The package's files copied under target/{name} and its locked dependencies installed there once. */
    static Path installed(Path source, String name, List<String> files, String dependency)
            throws IOException, InterruptedException {
        Path target = Files.createDirectories(Path.of("target", name));
        for (String file : files) {
            Files.copy(source.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(target.resolve("node_modules").resolve(dependency))) {
            Result npm = run(target, Map.of(), 180, "npm", "ci", "--no-audit", "--no-fund", "--silent");
            if (npm.exit() != 0) {
                throw new IllegalStateException("npm ci in " + target + " failed: " + npm.output());
            }
        }
        return target;
    }

    static Result run(Path directory, Map<String, String> environment, int timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(List.of(command) + " did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
