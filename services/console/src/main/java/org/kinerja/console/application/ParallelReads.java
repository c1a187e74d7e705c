package org.kinerja.console.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * A page's independent reads of the platform made side by side: a page that needs a dozen answers waits for the
 * slowest, not for their sum. A refusal or failure of one read is thrown where its answer is taken, as it would be had
 * it been made alone.
 */
public final class ParallelReads implements AutoCloseable {

    private final Executor executor;
    private final ExecutorService pool;

    /**
     * Reads handed to {@code executor} (which carries what a read needs of the request, such as its language, into
     * the thread that makes it), running on {@code pool}, shut down on close.
     */
    public ParallelReads(Executor executor, ExecutorService pool) {
        this.executor = executor;
        this.pool = pool;
    }

    public <T> Read<T> start(Supplier<T> call) {
        return new Read<>(CompletableFuture.supplyAsync(call, executor));
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    /** A read under way. */
    public static final class Read<T> {

        private final CompletableFuture<T> answer;

        private Read(CompletableFuture<T> answer) {
            this.answer = answer;
        }

        public T get() {
            try {
                return answer.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
