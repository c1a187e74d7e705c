package org.kinerja.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** activity-reporting: daily activity reports from employees and agencies, validated and published event-first. */
@SpringBootApplication
public class ReportingApplication {

    public static final String NAME = "activity-reporting";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as the local stack and {@link #main} start it, reading activity-reporting.yml. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ReportingApplication.class).properties("spring.config.name=" + NAME);
    }
}
