package org.kinerja.rewards;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** rewards: follow-up decisions (reward candidates, coaching watches) driven by evaluations. */
@SpringBootApplication
public class RewardsApplication {

    public static final String NAME = "rewards";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as the local stack and {@link #main} start it, reading rewards.yml. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(RewardsApplication.class).properties("spring.config.name=" + NAME);
    }
}
