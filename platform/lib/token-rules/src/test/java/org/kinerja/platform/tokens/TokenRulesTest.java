package org.kinerja.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final OAuth2TokenValidator<Jwt> rules = new TokenRules("makassar", Set.of("kinerja-dev"), "kinerja",
            Duration.ofHours(12), Duration.ofSeconds(60)).validator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aWellFormedTokenPasses() {
        assertThat(rules.validate(token(t -> { })).hasErrors()).isFalse();
    }

    @Test
    void everyMissingOrWrongClaimIsRefusedWithItsReason() {
        assertRefused(token(t -> t.claims(c -> c.remove("exp"))), "no expiry");
        assertRefused(token(t -> t.claims(c -> c.remove("sub"))), "no subject");
        assertRefused(token(t -> t.claims(c -> c.remove("iat"))), "no issue time");
        assertRefused(token(t -> t.issuer("https://evil.example")), "issuer 'https://evil.example'");
        assertRefused(token(t -> t.claims(c -> c.remove("iss"))), "issuer 'null'");
        assertRefused(token(t -> t.audience(List.of("someone-else"))), "audience 'kinerja'");
        assertRefused(token(t -> t.claims(c -> c.remove("aud"))), "audience 'kinerja'");
        assertRefused(token(t -> t.claim("region", "semarang")), "region 'semarang'");
    }

    @Test
    void timesAreChecked() {
        assertRefused(token(t -> t.issuedAt(NOW.minus(Duration.ofHours(2))).expiresAt(NOW.minusSeconds(120))),
                "expired");
        Instant future = NOW.plus(Duration.ofDays(3 * 365));
        assertRefused(token(t -> t.issuedAt(future).expiresAt(future.plusSeconds(3600))), "issued in the future");
        assertRefused(token(t -> t.issuedAt(NOW).expiresAt(NOW.plus(Duration.ofDays(365)))), "longer than the 12 h");
        // A small clock skew is no refusal.
        assertThat(rules.validate(token(t -> t.issuedAt(NOW.plusSeconds(30)).expiresAt(NOW.plusSeconds(3600))))
                .hasErrors()).isFalse();
    }

    private void assertRefused(Jwt jwt, String reason) {
        OAuth2TokenValidatorResult result = rules.validate(jwt);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.getErrors().iterator().next().getDescription()).contains(reason);
    }

    private static Jwt token(Consumer<Jwt.Builder> change) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "HS256").subject("199207252019032001")
                .issuer("kinerja-dev").audience(List.of("kinerja")).issuedAt(NOW.minusSeconds(60))
                .expiresAt(NOW.plusSeconds(3600)).claim("region", "makassar").claim("roles", List.of("EMPLOYEE"));
        change.accept(builder);
        return builder.build();
    }
}
