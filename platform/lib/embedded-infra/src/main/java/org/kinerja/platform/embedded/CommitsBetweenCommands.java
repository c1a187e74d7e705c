package org.kinerja.platform.embedded;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * Makes the embedded MongoDB server's H2 file crash-consistent and durable at acknowledgement: the store is committed
 * after every command that changed it, before the command is answered, and never while a command is half applied.
 *
 * <p>Why: mongo-java-server relies on H2's auto-commit, which writes a snapshot of every map from a background thread
 * once a second (or from inside a write when enough changed). A document and its index entries are separate maps
 * updated one after the other, so a process killed after such a commit restarts with an index naming a version the
 * document does not have; a version-guarded write ({@code VersionedWrites}) then never matches, and the read model
 * stops moving (the fault suite's MongoDB kill found it). Writes acknowledged in the last second were lost as well.
 *
 * <p>Commands run concurrently under the read lock; a commit takes the write lock, so it waits for the commands in
 * flight and holds new ones back. Concurrent writers queue for one commit: the first commits everything, the others
 * find nothing unsaved (a group commit). The file's housekeeping (rewriting sparse chunks), which the background
 * thread did, runs here on a schedule under the same lock.
 */
final class CommitsBetweenCommands implements AutoCloseable {

    private static final long HOUSEKEEPING_SECONDS = 10;
    /** H2's own defaults for its background housekeeping: rewrite chunks less than 90 % live, 16 MiB at a time. */
    private static final int TARGET_FILL_RATE = 90;
    private static final int REWRITE_LIMIT_BYTES = 16 * 1024 * 1024;

    private final MVStore store;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "embedded-mongo-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    private CommitsBetweenCommands(MVStore store) {
        this.store = store;
        housekeeping.scheduleWithFixedDelay(this::rewriteSparseChunks, HOUSEKEEPING_SECONDS, HOUSEKEEPING_SECONDS,
                TimeUnit.SECONDS);
    }

    /** The H2 file opened with no auto-commit at all (no background thread, no commit from inside a write). */
    static MVStore openWithoutAutoCommit(String file) {
        return new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0).open();
    }

    static CommitsBetweenCommands on(MVStore store) {
        return new CommitsBetweenCommands(store);
    }

    /** Runs a command, then commits what it changed (a command run from inside another is committed with it). */
    <T> T run(Supplier<T> command) {
        lock.readLock().lock();
        try {
            return command.get();
        } finally {
            lock.readLock().unlock();
            if (lock.getReadHoldCount() == 0) {
                commitIfChanged();
            }
        }
    }

    private void commitIfChanged() {
        if (!store.hasUnsavedChanges()) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (!store.isClosed()) {
                store.commit();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void rewriteSparseChunks() {
        lock.writeLock().lock();
        try {
            if (!store.isClosed()) {
                store.compact(TARGET_FILL_RATE, REWRITE_LIMIT_BYTES);
                store.commit();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
    }
}
