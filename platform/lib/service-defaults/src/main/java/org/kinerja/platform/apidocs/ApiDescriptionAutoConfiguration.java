package org.kinerja.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.kinerja.platform.config.KinerjaProperties;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Each service's OpenAPI description as an integrator needs it: the service's own title and the platform's version,
 * the gateway as the one server to call (the services' ports are not public), the bearer token every operation needs,
 * and the problem-details responses an operation can give.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenAPI.class)
public class ApiDescriptionAutoConfiguration {

    /** The name of the bearer scheme in every description (the gateway's aggregate merges on it). */
    public static final String BEARER = "bearerToken";

    @Bean
    OpenAPI kinerjaApiDescription(@Value("${spring.application.name}") String service, KinerjaProperties properties) {
        KinerjaProperties.Api api = properties.api();
        return new OpenAPI()
                .info(new Info()
                        .title(api.title() == null ? "Kinerja " + service : api.title())
                        .version(PlatformVersion.current())
                        .description(api.description())
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .addServersItem(new Server().url(api.publicUrl())
                        .description("the region's gateway (every call goes through it)"))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An access token of the region's identity provider (iss, aud, sub, "
                                        + "exp required; at most 12 hours). On the local stack: POST /dev/tokens."))
                        .addSchemas(ProblemResponses.SCHEMA, ProblemResponses.problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer kinerjaProblemResponses() {
        return ProblemResponses::describe;
    }
}
