package org.kinerja.console.adapter.in.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kinerja.console.application.AccessTokens;
import org.kinerja.console.application.Platform;
import org.kinerja.console.config.ConsoleAuthentication;
import org.kinerja.console.config.ConsoleProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Signing in: with the region's identity provider where one is configured (OpenID Connect, handled by Spring
 * Security from the link on this page), and on the local stack (kinerja.console.dev-sign-in) the page lists the demo users and signs in as the one
 * chosen, with a token from the gateway's {@code /dev/tokens}; that page and its form answer only callers on this
 * machine's loopback (anyone else gets 404), like {@code /dev/tokens} itself.
 */
@Controller
class SignInController {

    private final ConsoleProperties properties;
    private final Platform platform;
    private final SecurityContextRepository contexts;

    SignInController(ConsoleProperties properties, Platform platform, SecurityContextRepository contexts) {
        this.properties = properties;
        this.platform = platform;
        this.contexts = contexts;
    }

    @GetMapping("/masuk")
    String signIn(HttpServletRequest request, Model model) {
        boolean dev = devSignInFor(request);
        model.addAttribute("devSignIn", dev);
        model.addAttribute("regionSignIn", properties.oidc().configured());
        model.addAttribute("regionSignInHint", properties.oidc().signInHint());
        model.addAttribute("demoUsers", dev ? properties.demoUsers() : List.of());
        return "sign-in";
    }

    /** Signs in as a demo user (or anyone named in the form): subject, roles (comma-separated) and agency. */
    @PostMapping("/masuk/dev")
    String signInAsDemoUser(@RequestParam String subject, @RequestParam String roles,
            @RequestParam(required = false) String agency, HttpServletRequest request, HttpServletResponse response) {
        if (!devSignInFor(request)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<String> roleList = Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        String token = platform.devToken(subject.trim(), roleList, agency);
        request.getSession(true);
        request.changeSessionId(); // a new session id at sign-in: no fixation
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ConsoleAuthentication(AccessTokens.userOf(token)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }

    private boolean devSignInFor(HttpServletRequest request) {
        return properties.devSignIn() && loopback(request.getRemoteAddr());
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
