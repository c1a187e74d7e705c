package org.kinerja.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console as a plain HTTP client uses it, without a browser: signed in on the local stack's dev sign-in page (its
 * CSRF token read from the form, the session kept in a cookie), then pages and documents fetched as that user. The
 * journey tests read pages with it, the console benchmark times them.
 */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String console;

    private ConsoleSession(String console) {
        this.console = console;
    }

    public static ConsoleSession signedIn(String console, String subject, String role, String agency) {
        ConsoleSession session = new ConsoleSession(console);
        String page = new String(session.bytes("/masuk").body(), StandardCharsets.UTF_8);
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        Map<String, String> form = agency == null ? Map.of("_csrf", csrf.group(1), "subject", subject, "roles", role)
                : Map.of("_csrf", csrf.group(1), "subject", subject, "roles", role, "agency", agency);
        HttpResponse<byte[]> signedIn = session.send(HttpRequest.newBuilder(URI.create(console + "/masuk/dev"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))).build());
        if (signedIn.statusCode() != 200 || signedIn.uri().getPath().startsWith("/masuk")) {
            throw new IllegalStateException("dev sign-in as " + subject + " failed: " + signedIn.statusCode());
        }
        return session;
    }

    public HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(console + path)).GET().build());
    }

    /** The page at {@code path} as text (UTF-8). */
    public String text(String path) {
        return new String(bytes(path).body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
