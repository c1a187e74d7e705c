package org.kinerja.gateway;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The API gateway: one public entry point that routes /api/** to the services, behind circuit breakers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static final String NAME = "gateway";

    public static void main(String[] args) {
        application().run(args);
    }

    /** Always reactive, even when servlet classes share the classpath (as in the one-JVM local stack). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(GatewayApplication.class).web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=" + NAME);
    }
}
