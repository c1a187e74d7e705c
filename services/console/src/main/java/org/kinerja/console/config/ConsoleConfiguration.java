package org.kinerja.console.config;

import java.time.ZoneId;
import java.util.Locale;

import org.kinerja.console.adapter.out.gateway.GatewayPlatform;
import org.kinerja.console.adapter.out.pdf.PdfDocuments;
import org.kinerja.console.application.AgencyOnboarding;
import org.kinerja.console.application.Appraisal;
import org.kinerja.console.application.AuditTrail;
import org.kinerja.console.application.Coaching;
import org.kinerja.console.application.DailyLog;
import org.kinerja.console.application.DocumentRenderer;
import org.kinerja.console.application.Documents;
import org.kinerja.console.application.Drilldown;
import org.kinerja.console.application.EmployeeHome;
import org.kinerja.console.application.MyEvaluation;
import org.kinerja.console.application.Objections;
import org.kinerja.console.application.ParallelReads;
import org.kinerja.console.application.PenilaiWorkList;
import org.kinerja.console.application.Platform;
import org.kinerja.console.application.ReasonWords;
import org.kinerja.console.application.RegionAdministration;
import org.kinerja.console.application.RegionOverview;
import org.kinerja.console.application.SkpWriting;
import org.kinerja.console.application.SubjectAccess;
import org.kinerja.console.application.SubjectAccessDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.ObjectMapper;

/**
 * The console's parts: the platform through the gateway, the pages' use cases, and the language: Bahasa Indonesia
 * unless the user chooses English ({@code ?bahasa=en}, kept in a cookie for a year).
 */
@Configuration
class ConsoleConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    Platform platform(RestClient.Builder builder, ConsoleProperties properties, ObjectMapper json) {
        return new GatewayPlatform(builder, properties.gatewayUrl(), json);
    }

    /** The region's time zone decides which month "this month" is (KINERJA_TIME_ZONE, as in the services). */
    @Bean
    ZoneId regionTimeZone(@Value("${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    EmployeeHome employeeHome(Platform platform, java.time.Clock clock, ZoneId zone, ParallelReads reads) {
        return new EmployeeHome(platform, clock, zone, reads);
    }

    @Bean
    RegionOverview regionOverview(Platform platform, java.time.Clock clock, ZoneId zone) {
        return new RegionOverview(platform, clock, zone);
    }

    @Bean
    PenilaiWorkList penilaiWorkList(Platform platform, java.time.Clock clock, ZoneId zone, ParallelReads reads) {
        return new PenilaiWorkList(platform, clock, zone, reads);
    }

    /** The documents, always in Bahasa Indonesia (official papers), their words from the console's bundle. */
    @Bean
    Documents documents(Platform platform, SkpWriting skpWriting, MessageSource messages, ReasonWords reasonWords,
            java.time.Clock clock, ZoneId zone) {
        return new Documents(platform, skpWriting, key -> messages.getMessage(key, null, key, INDONESIAN),
                reasonWords, clock, zone);
    }

    /** The platform's reasons in the reader's words; the pages call it as {@code @reasonWords}. */
    @Bean
    ReasonWords reasonWords(MessageSource messages) {
        return new ReasonWords((key, args, locale) -> java.util.Optional.ofNullable(
                messages.getMessage(key, args, null, locale)));
    }

    @Bean
    DocumentRenderer documentRenderer() {
        return new PdfDocuments();
    }

    @Bean
    SkpWriting skpWriting(Platform platform) {
        return new SkpWriting(platform);
    }

    @Bean
    Appraisal appraisal(Platform platform, SkpWriting skpWriting) {
        return new Appraisal(platform, skpWriting);
    }

    @Bean
    AgencyOnboarding agencyOnboarding(Platform platform) {
        return new AgencyOnboarding(platform);
    }

    @Bean
    MyEvaluation myEvaluation(Platform platform, java.time.Clock clock, ZoneId zone, ParallelReads reads) {
        return new MyEvaluation(platform, clock, zone, reads);
    }

    /**
     * The pool a page's independent reads run on (a page waits for its slowest read, not their sum); bounded, so a
     * burst of pages queues instead of opening threads without limit.
     */
    @Bean
    ParallelReads parallelReads(@Value("${kinerja.console.read-threads:32}") int threads) {
        return ReadPool.of(threads);
    }

    @Bean
    SubjectAccess subjectAccess(Platform platform, ParallelReads reads, java.time.Clock clock) {
        return new SubjectAccess(platform, reads, clock);
    }

    @Bean
    AuditTrail auditTrail(Platform platform, ZoneId zone) {
        return new AuditTrail(platform, zone);
    }

    @Bean
    SubjectAccessDocument subjectAccessDocument(ZoneId zone) {
        return new SubjectAccessDocument(zone);
    }

    @Bean
    Coaching coaching(Platform platform) {
        return new Coaching(platform);
    }

    @Bean
    Objections objections(Platform platform) {
        return new Objections(platform);
    }

    @Bean
    RegionAdministration regionAdministration(Platform platform) {
        return new RegionAdministration(platform);
    }

    @Bean
    Drilldown drilldown(Platform platform) {
        return new Drilldown(platform);
    }

    @Bean
    DailyLog dailyLog(Platform platform) {
        return new DailyLog(platform);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("kinerja-bahasa");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("bahasa");
        registry.addInterceptor(change);
    }
}
