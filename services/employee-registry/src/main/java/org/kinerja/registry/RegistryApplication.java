package org.kinerja.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** employee-registry: regional governments, the unit tree, employees and their penilai. */
@SpringBootApplication
public class RegistryApplication {

    public static final String NAME = "employee-registry";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as the local stack and {@link #main} start it, reading employee-registry.yml. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(RegistryApplication.class).properties("spring.config.name=" + NAME);
    }
}
