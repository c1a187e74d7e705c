package org.kinerja.console.application;

import java.text.ParseException;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

/**
 * Who an access token is for, read from its claims. The console does not verify the token: it only decides what to
 * show, and the gateway verifies the token on every call the page makes, so a forged one gets a page of refusals.
 */
public final class AccessTokens {

    private AccessTokens() {
    }

    public static SignedInUser userOf(String accessToken) {
        try {
            JWTClaimsSet claims = JWTParser.parse(accessToken).getJWTClaimsSet();
            List<String> roles = claims.getStringListClaim("roles");
            if (claims.getSubject() == null || claims.getExpirationTime() == null || roles == null) {
                throw new IllegalArgumentException("the access token has no subject, expiry or roles");
            }
            return new SignedInUser(claims.getSubject(), roles, claims.getStringClaim("agency"), accessToken,
                    claims.getExpirationTime().toInstant());
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JSON Web Token: " + e.getMessage(), e);
        }
    }
}
