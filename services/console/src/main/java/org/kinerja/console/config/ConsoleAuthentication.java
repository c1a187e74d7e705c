package org.kinerja.console.config;

import org.kinerja.console.application.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in session: the user (with their access token) as the principal, their roles as authorities. */
public final class ConsoleAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;

    public ConsoleAuthentication(SignedInUser user) {
        super(user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return user.accessToken();
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }
}
