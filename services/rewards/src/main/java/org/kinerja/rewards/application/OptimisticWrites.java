package org.kinerja.rewards.application;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A read-decide-write under optimistic concurrency, in one place: each attempt reads what is stored, decides, and
 * writes guarded by the version it read; an attempt whose write lost to another's is made again on what won. After
 * {@link #ATTEMPTS} lost writes it fails loudly with the caller's exception, never silently: a listener's record is
 * then retried by its container (and dead-lettered with the reason if it keeps losing), a request is answered 409.
 */
final class OptimisticWrites {

    /** Writes lost in a row before giving up: far more than one listener thread and a few requests contend for. */
    static final int ATTEMPTS = 8;

    private OptimisticWrites() {
    }

    /**
     * Makes the attempt until it is done: it answers true once it wrote (or found nothing to write), false when its
     * write lost.
     */
    static void retry(BooleanSupplier attempt, Supplier<? extends RuntimeException> exhausted) {
        for (int i = 0; i < ATTEMPTS; i++) {
            if (attempt.getAsBoolean()) {
                return;
            }
        }
        throw exhausted.get();
    }

    /** Makes the attempt until it answers what it wrote; empty means its write lost. */
    static <T> T retryFor(Supplier<Optional<T>> attempt, Supplier<? extends RuntimeException> exhausted) {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<T> written = attempt.get();
            if (written.isPresent()) {
                return written.get();
            }
        }
        throw exhausted.get();
    }
}
