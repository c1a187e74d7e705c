package org.kinerja.platform.tokens;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What an access token must be for the gateway and every service to accept it, checked after its signature: issued by
 * one of the region's issuers ({@code iss}), for Kinerja ({@code aud}), for someone ({@code sub}), for this region
 * ({@code region}), with an expiry ({@code exp}) not past, an issue time ({@code iat}) not in the future, and a
 * lifetime ({@code exp - iat}) no longer than the region allows. Each clock comparison allows {@code clockSkew}.
 * A token without one of these claims is refused, never taken to mean "no limit".
 *
 * @param region      the deployment's region: the {@code region} claim must name it
 * @param issuers     the accepted {@code iss} values (the region's identity provider; the local stack's dev issuer)
 * @param audience    the {@code aud} value a token must carry
 * @param maxLifetime the longest {@code exp - iat} accepted
 * @param clockSkew   how far clocks may disagree
 */
public record TokenRules(String region, Set<String> issuers, String audience, Duration maxLifetime,
        Duration clockSkew) {

    public static final String REGION_CLAIM = "region";
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(12);
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    public TokenRules {
        if (region == null || region.isBlank() || issuers == null || issuers.isEmpty() || audience == null
                || audience.isBlank()) {
            throw new IllegalArgumentException("a region, at least one issuer and an audience are required "
                    + "(KINERJA_JWT_ISSUERS, KINERJA_JWT_AUDIENCE)");
        }
        issuers = Set.copyOf(issuers);
    }

    /** The shortest HMAC key accepted: HS256 wants 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    /**
     * The HS256 key of KINERJA_JWT_SECRET, refused when too short to be a key; used where no identity provider's
     * JWK set is configured (the local stack, tests).
     */
    public static SecretKeySpec hmacKey(String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("KINERJA_JWT_SECRET (kinerja.jwt-secret) must be at least "
                    + MIN_SECRET_BYTES + " bytes, or KINERJA_JWT_JWK_SET_URI name the identity provider's keys");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * Whether a token is signed with the shared HMAC key (HS256: the local stack's and the tests' dev tokens) rather
     * than by the identity provider's keys; where both are trusted, this picks the decoder. A token that is not a
     * JWT at all is neither (the decoder refuses it).
     */
    public static boolean signedWithSharedKey(String token) {
        try {
            return JWSAlgorithm.HS256.equals(JWTParser.parse(token).getHeader().getAlgorithm());
        } catch (java.text.ParseException e) {
            return false;
        }
    }

    /** Every rule, in the order a caller is told about the first that fails. */
    public OAuth2TokenValidator<Jwt> validator(Clock clock) {
        List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>();
        rules.add(required(JwtClaimNames.SUB, "subject (sub)"));
        rules.add(required(JwtClaimNames.EXP, "expiry (exp)"));
        rules.add(required(JwtClaimNames.IAT, "issue time (iat)"));
        rules.add(jwt -> jwt.getClaimAsString(JwtClaimNames.ISS) != null
                && issuers.contains(jwt.getClaimAsString(JwtClaimNames.ISS)) ? ok()
                : refuse("the token's issuer '" + jwt.getClaimAsString(JwtClaimNames.ISS) + "' is not one this "
                        + "region trusts"));
        rules.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience) ? ok()
                : refuse("the token is not for audience '" + audience + "'"));
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
        timestamps.setClock(clock);
        rules.add(timestamps);
        rules.add(jwt -> jwt.getIssuedAt() == null || !jwt.getIssuedAt().isAfter(Instant.now(clock).plus(clockSkew))
                ? ok() : refuse("the token is issued in the future (" + jwt.getIssuedAt() + ")"));
        rules.add(jwt -> jwt.getIssuedAt() == null || jwt.getExpiresAt() == null
                || Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()).compareTo(maxLifetime) <= 0 ? ok()
                : refuse("the token lives longer than the " + maxLifetime.toHours() + " h this region allows"));
        rules.add(jwt -> region.equals(jwt.getClaimAsString(REGION_CLAIM)) ? ok()
                : refuse("the token is for region '" + jwt.getClaimAsString(REGION_CLAIM) + "', this deployment "
                        + "serves '" + region + "'"));
        return new FirstFailure(rules);
    }

    private static OAuth2TokenValidator<Jwt> required(String claim, String what) {
        return jwt -> jwt.hasClaim(claim) && !String.valueOf((Object) jwt.getClaim(claim)).isBlank() ? ok()
                : refuse("the token has no " + what);
    }

    private static OAuth2TokenValidatorResult ok() {
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refuse(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }

    /** Stops at the first rule broken, so the caller reads one clear reason. */
    private record FirstFailure(List<OAuth2TokenValidator<Jwt>> rules) implements OAuth2TokenValidator<Jwt> {
        @Override
        public OAuth2TokenValidatorResult validate(Jwt token) {
            for (OAuth2TokenValidator<Jwt> rule : rules) {
                OAuth2TokenValidatorResult result = rule.validate(token);
                if (result.hasErrors()) {
                    return result;
                }
            }
            return OAuth2TokenValidatorResult.success();
        }
    }
}
