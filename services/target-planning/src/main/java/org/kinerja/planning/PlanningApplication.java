package org.kinerja.planning;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** target-planning: SKP, RHK and indicators, and the approval workflow. */
@SpringBootApplication
public class PlanningApplication {

    public static final String NAME = "target-planning";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as the local stack and {@link #main} start it, reading target-planning.yml. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PlanningApplication.class).properties("spring.config.name=" + NAME);
    }
}
