package org.kinerja.console.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.kinerja.console.application.ParallelReads;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The threads a page's reads run on: a bounded pool of daemon threads (a burst of pages queues instead of opening
 * threads without limit), each read made in the language of the request that started it, as its own thread would.
 */
final class ReadPool {

    private ReadPool() {
    }

    static ParallelReads of(int threads) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "console-read-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new ParallelReads(task -> {
            LocaleContext locale = LocaleContextHolder.getLocaleContext();
            pool.execute(() -> {
                LocaleContextHolder.setLocaleContext(locale);
                try {
                    task.run();
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                }
            });
        }, pool);
    }
}
