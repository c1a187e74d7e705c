package org.kinerja.localstack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;

/**
 * The platform's log while a test runs, every line as the console appender writes it (its pattern, its masking), so
 * a test can read what an operator would.
 */
final class PlatformLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final StringBuilder lines = new StringBuilder();
    private final Layout<ILoggingEvent> layout;
    private final Logger root;

    private PlatformLog(Logger root, Layout<ILoggingEvent> layout) {
        this.root = root;
        this.layout = layout;
    }

    /** Starts copying every line the console appender writes, from now until {@link #close()}. */
    static PlatformLog capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) root
                .getAppender("CONSOLE");
        PlatformLog log = new PlatformLog(root, ((PatternLayoutEncoder) console.getEncoder()).getLayout());
        log.setContext(context);
        log.setName("platform-log-capture");
        log.start();
        root.addAppender(log);
        return log;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        lines.append(layout.doLayout(event));
    }

    synchronized String text() {
        return lines.toString();
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
