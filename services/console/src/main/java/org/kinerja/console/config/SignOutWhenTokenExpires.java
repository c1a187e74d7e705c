package org.kinerja.console.config;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose access token has expired, before the page is rendered: every call it would make would be
 * refused, so the user is sent to sign in again instead (the authorisation that follows finds no one signed in).
 */
final class SignOutWhenTokenExpires extends OncePerRequestFilter {

    private final Clock clock;

    SignOutWhenTokenExpires(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn instanceof ConsoleAuthentication session && session.getPrincipal().expiredAt(clock.instant())) {
            SecurityContextHolder.clearContext();
            HttpSession httpSession = request.getSession(false);
            if (httpSession != null) {
                httpSession.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
