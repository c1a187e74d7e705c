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

    public static String sign(String subject, List<String> roles, String agencyId, String region) {
        return sign(subject, roles, agencyId, region, SECRET);
    }

    public static String sign(String subject, List<String> roles, String agencyId, String region, String secret) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("kinerja-tests")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("roles", roles)
                .claim("region", region);
        if (agencyId != null) {
            claims.claim("agency", agencyId);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
