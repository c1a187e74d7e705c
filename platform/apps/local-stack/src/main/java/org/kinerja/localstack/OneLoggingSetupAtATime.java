package org.kinerja.localstack;

import java.util.concurrent.Semaphore;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * The applications the local stack starts side by side share one JVM and so one logging system, which each of them
 * sets up as it starts (Spring Boot resets Logback's context): two doing so at once broke one of them
 * ({@code ConcurrentModificationException} in Logback's reset). One application at a time sets logging up, from its
 * start until its environment is prepared (when Spring Boot's logging listener has run); the rest of each start stays
 * parallel. A start that fails before then gives its turn back.
 */
final class OneLoggingSetupAtATime {

    private static final Semaphore TURN = new Semaphore(1);

    private OneLoggingSetupAtATime() {
    }

    /** The two listeners an application is started with: one takes the turn, one gives it back. */
    static GenericApplicationListener[] listeners() {
        boolean[] holding = {false};
        return new GenericApplicationListener[] {new Listener(Ordered.HIGHEST_PRECEDENCE, event -> {
            if (event instanceof ApplicationStartingEvent) {
                TURN.acquireUninterruptibly();
                holding[0] = true;
            }
        }), new Listener(LoggingApplicationListener.DEFAULT_ORDER + 1, event -> {
            if ((event instanceof ApplicationEnvironmentPreparedEvent || event instanceof ApplicationFailedEvent)
                    && holding[0]) {
                holding[0] = false;
                TURN.release();
            }
        })};
    }

    private record Listener(int order, java.util.function.Consumer<ApplicationEvent> onEvent)
            implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return true;
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            onEvent.accept(event);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
