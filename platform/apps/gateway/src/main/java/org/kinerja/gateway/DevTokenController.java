package org.kinerja.gateway;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Issues signed access tokens on request, so the embedded local stack and its demo need no identity provider. Only
 * present when kinerja.dev-tokens=true (KINERJA_DEV_TOKENS), and only to callers on this machine's loopback: anyone
 * else gets 404, as if it did not exist, even where the gateway listens on every interface. A production deployment
 * uses its identity provider.
 */
@RestController
@ConditionalOnProperty(name = "kinerja.dev-tokens", havingValue = "true")
class DevTokenController {

    private static final Set<String> ROLES = Set.of("EMPLOYEE", "AGENCY_ADMIN", "AGENCY_SYSTEM", "ADMIN", "LEADER",
            "INSPEKTORAT");
    private static final long LIFETIME_SECONDS = 8 * 3600;
    /** The issuer the platform accepts by default (KINERJA_JWT_ISSUERS). */
    static final String ISSUER = "kinerja-dev";

    /** Who the token is for: an employee's NIP (or a system name), their roles and agency. */
    record TokenRequest(String subject, List<String> roles, String agency) {
    }

    record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    private final GatewayProperties properties;

    DevTokenController(GatewayProperties properties) {
        this.properties = properties;
    }

    @PostMapping("/dev/tokens")
    TokenResponse issue(@RequestBody TokenRequest request, ServerHttpRequest http) {
        InetSocketAddress caller = http.getRemoteAddress();
        if (caller == null || caller.getAddress() == null || !caller.getAddress().isLoopbackAddress()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (request.subject() == null || request.subject().isBlank() || request.roles() == null
                || request.roles().isEmpty() || !ROLES.containsAll(request.roles())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "subject and roles are required; roles are among " + ROLES);
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(request.subject()).issuer(ISSUER)
                .audience(properties.jwt().audience())
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
                .claim("roles", request.roles()).claim("region", properties.region());
        if (request.agency() != null) {
            claims.claim("agency", request.agency());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(properties.jwtSecret().getBytes(StandardCharsets.UTF_8)));
            return new TokenResponse(jwt.serialize(), "Bearer", LIFETIME_SECONDS);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
