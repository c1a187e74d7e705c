package org.kinerja.platform.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ProblemDetailsAdvice;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every metric tagged with the service and the region; problem-details error handling for every controller; the API
 * description without the caller, who comes from the token.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(KinerjaProperties.class)
public class ObservabilityAutoConfiguration {

    static {
        // A Caller comes from the verified token, never from the request: keep it out of the OpenAPI description.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    MeterRegistryCustomizer<MeterRegistry> kinerjaCommonTags(@Value("${spring.application.name}") String service,
            KinerjaProperties properties) {
        return registry -> registry.config().commonTags("service", service, "region", properties.region());
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
