package org.kinerja.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.CyclicBufferAppender;
import org.junit.jupiter.api.Test;

/** An NIP never reaches a log line whole; what only looks like one nearby (longer numbers, shorter ids) is left. */
class PersonalDataTest {

    @Test
    void everyNipInALineIsMaskedToItsLastFourDigits() {
        assertThat(PersonalData.masked("plan-status:skp-2026-199207252019032001:3 rated by 198503122010011003"))
                .isEqualTo("plan-status:skp-2026-**************2001:3 rated by **************1003");
        assertThat(PersonalData.masked("/api/scoring/employees/199207252019032001/scores/2026"))
                .isEqualTo("/api/scoring/employees/**************2001/scores/2026");
    }

    @Test
    void numbersThatAreNoNipAreLeft() {
        assertThat(PersonalData.masked("offset 1234567890123456789 (19 digits), report 2026-12-03, 20 ms"))
                .isEqualTo("offset 1234567890123456789 (19 digits), report 2026-12-03, 20 ms");
        assertThat(PersonalData.masked(null)).isNull();
    }

    /** As the services' logback-spring.xml, the local stack's logback.xml and the tests' configuration use them. */
    @Test
    void theConvertersMaskTheMessageAndTheStackTrace() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(new ByteArrayInputStream("""
                <configuration>
                  <conversionRule conversionWord="maskedMsg" class="org.kinerja.platform.logging.MaskedMessageConverter"/>
                  <conversionRule conversionWord="maskedEx" class="org.kinerja.platform.logging.MaskedThrowableConverter"/>
                  <appender name="MEMORY" class="ch.qos.logback.core.read.CyclicBufferAppender"/>
                  <root level="INFO"><appender-ref ref="MEMORY"/></root>
                </configuration>""".getBytes(StandardCharsets.UTF_8)));
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%maskedMsg|%maskedEx");
        layout.start();
        Logger logger = context.getLogger("test");
        logger.warn("dead-lettering the report of {}", "199207252019032001",
                new IllegalStateException("unknown employee 199207252019032001"));
        @SuppressWarnings("unchecked")
        CyclicBufferAppender<ILoggingEvent> memory = (CyclicBufferAppender<ILoggingEvent>) context
                .getLogger(Logger.ROOT_LOGGER_NAME).getAppender("MEMORY");
        String line = layout.doLayout(memory.get(0));
        assertThat(line).doesNotContain("199207252019032001").contains("the report of **************2001|")
                .contains("IllegalStateException: unknown employee **************2001");
    }
}
