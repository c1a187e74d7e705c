package org.kinerja.platform.test.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A component of the platform in a JVM of its own, so that a fault test can kill it as an operating system would
 * (SIGKILL: no shutdown hook, no flush) and start it again on the same data. It runs with this JVM's class path; its
 * output goes to a log file, and it is ready when it prints a line starting with {@code READY}, whose rest is handed
 * back (where to reach it).
 */
public final class ChildJvm implements AutoCloseable {

    public static final String READY = "READY";

    private final Process process;
    private final String readyLine;

    private ChildJvm(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    /** Starts {@code mainClass} with the arguments and waits until it is ready. */
    public static ChildJvm start(String name, Class<?> mainClass, List<String> jvmOptions, List<String> args,
            Path log, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread pump = new Thread(() -> pump(process, log, ready), name + "-output");
            pump.setDaemon(true);
            pump.start();
            try {
                return new ChildJvm(process, ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " was not ready within " + timeout + " (see " + log + ")", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pump(Process process, Path log, CompletableFuture<String> ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter file = new PrintWriter(Files.newBufferedWriter(log,
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                file.println(line);
                if (line.startsWith(READY)) {
                    ready.complete(line.substring(READY.length()).trim());
                }
            }
            ready.completeExceptionally(new IllegalStateException("exited with " + process.waitFor()));
        } catch (IOException | InterruptedException e) {
            ready.completeExceptionally(e);
        }
    }

    /** What the child printed after READY (for instance the address it listens on). */
    public String readyLine() {
        return readyLine;
    }

    /** SIGKILL, as a crash or the OOM killer would; returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        await();
    }

    /** SIGTERM: a graceful stop (shutdown hooks run). */
    public void stop() {
        process.destroy();
        if (!await()) {
            kill();
        }
    }

    private boolean await() {
        try {
            return process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
