package org.kinerja.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs access tokens the way the platform's token issuer does, with the secret test contexts are given. */
public final class TestTokens {

    public static final String SECRET = "test-secret-for-kinerja-tests-only-0123456789";
    public static final String REGION = "test";
    /** The issuer and audience the platform accepts by default (the local stack's dev token issuer). */
    public static final String ISSUER = "kinerja-dev";
    public static final String AUDIENCE = "kinerja";

    private TestTokens() {
    }

    public static String employee(String nip, String agencyId) {
        return sign(nip, List.of("EMPLOYEE"), agencyId, REGION);
    }

    public static String agencySystem(String agencyId) {
        return sign("system-" + agencyId, List.of("AGENCY_SYSTEM"), agencyId, REGION);
    }

    public static String agencyAdmin(String agencyId) {
        return sign("operator-" + agencyId, List.of("AGENCY_ADMIN"), agencyId, REGION);
    }

    public static String admin() {
        return sign("bkpsdm-admin", List.of("ADMIN"), null, REGION);
    }

    /** A leader (pimpinan) of the region: reads everything, changes nothing. */
    public static String leader() {
        return sign("sekda", List.of("LEADER"), null, REGION);
    }

    /** The region's inspectorate: reads and verifies the audit trail. */
    public static String inspektorat() {
        return sign("inspektorat", List.of("INSPEKTORAT"), null, REGION);
    }

    /** The kepala daerah (Bupati/Walikota): a leader with no NIP, signed in under their kdh- id. */
    public static String kepalaDaerah(String kepalaDaerahId) {
        return sign(kepalaDaerahId, List.of("LEADER"), null, REGION);
    }

    public static String sign(String subject, List<String> roles, String agencyId, String region) {
        return sign(subject, roles, agencyId, region, SECRET);
    }

    /**
     * A token as {@link #admin()} but changed by {@code change} (a claim removed or altered), for tests of the token
     * rules: no expiry, a foreign issuer, an issue time in the future, a lifetime too long...
     */
    public static String adminWith(java.util.function.Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("bkpsdm-admin").issuer(ISSUER)
                .audience(AUDIENCE).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("roles", List.of("ADMIN")).claim("region", REGION);
        change.accept(claims);
        return signed(claims.build(), SECRET);
    }

    /** Every defect the platform refuses with 401, by name, as tokens signed with the right key. */
    public static java.util.Map<String, String> defectiveTokens() {
        Instant now = Instant.now();
        java.util.Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("no exp", adminWith(c -> c.expirationTime(null)));
        tokens.put("no sub", adminWith(c -> c.subject(null)));
        tokens.put("no iat", adminWith(c -> c.issueTime(null)));
        tokens.put("another issuer", adminWith(c -> c.issuer("https://idp.elsewhere.example")));
        tokens.put("no issuer", adminWith(c -> c.issuer(null)));
        tokens.put("another audience", adminWith(c -> c.audience("another-system")));
        tokens.put("no audience", adminWith(c -> c.audience((String) null)));
        tokens.put("issued 3 years ahead", adminWith(c -> c.issueTime(Date.from(now.plusSeconds(3L * 365 * 86400)))
                .expirationTime(Date.from(now.plusSeconds(3L * 365 * 86400 + 3600)))));
        tokens.put("lives a year", adminWith(c -> c.expirationTime(Date.from(now.plusSeconds(365L * 86400)))));
        tokens.put("expired", adminWith(c -> c.issueTime(Date.from(now.minusSeconds(7200)))
                .expirationTime(Date.from(now.minusSeconds(3600)))));
        tokens.put("another region", adminWith(c -> c.claim("region", "elsewhere")));
        return tokens;
    }

    public static String sign(String subject, List<String> roles, String agencyId, String region, String secret) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("roles", roles)
                .claim("region", region);
        if (agencyId != null) {
            claims.claim("agency", agencyId);
        }
        return signed(claims.build(), secret);
    }

    private static String signed(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
