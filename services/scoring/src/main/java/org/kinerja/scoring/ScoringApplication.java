package org.kinerja.scoring;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** scoring: folds plans and reports into capaian and ratings, incrementally and exactly once (Kafka Streams). */
@SpringBootApplication
public class ScoringApplication {

    public static final String NAME = "scoring";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as the local stack and {@link #main} start it, reading scoring.yml. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ScoringApplication.class).properties("spring.config.name=" + NAME);
    }
}
