package org.kinerja.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the console's journeys: Debian's chromium, driven by its chromium-driver through Selenium,
 * headless, at a desktop or a phone's width. Screenshots go to target/screenshots (kept as build artefacts). Where
 * the browser is not installed the journeys are skipped, unless KINERJA_REQUIRE_BROWSER=true (CI installs it).
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    /** The console's address: pages are opened by their path. */
    final String console;

    private ConsoleBrowser(ChromeDriver driver, String console) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.console = console;
    }

    static ConsoleBrowser open(String console) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("KINERJA_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("KINERJA_REQUIRE_BROWSER=true but " + CHROMIUM + " or " + DRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--lang=id-ID", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ConsoleBrowser(new ChromeDriver(service, options), console);
    }

    void go(String path) {
        driver.get(console + path);
    }

    /** Signs in on the local stack's dev sign-in page as anyone (another subject than the demo users' cards). */
    void signInAs(String subject, String role, String agency) {
        driver.manage().deleteAllCookies();
        go("/masuk");
        find("details summary").click();
        find("#subject").sendKeys(subject);
        new Select(find("#roles")).selectByValue(role);
        if (agency != null) {
            find("#agency").sendKeys(agency);
        }
        find("details form button[type=submit]").click();
        // signed in once the console has sent the browser on to the user's first page; a page opened before that
        // would race the sign-in
        wait.until(d -> !d.getCurrentUrl().contains("/masuk"));
    }

    void signOut() {
        find("header form button[type=submit]").click();
        wait.until(ExpectedConditions.urlContains("/masuk"));
    }

    /**
     * Date and time inputs take typed keys as the browser's locale shows them (day first or month first, 24 or 12
     * hours); setting the value in the page is locale-proof.
     */
    void setValue(WebElement input, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /** The element, once visible; if it never shows, the page as it was (its text, and a screenshot) says why. */
    WebElement find(String css) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-" + css.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("no " + css + " on " + driver.getCurrentUrl() + " (screenshot " + shot
                    + "); the page says: " + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Where the link at {@code css} leads, as written in the page (a path of the console). */
    String href(String css) {
        return find(css).getDomAttribute("href");
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Reloads the page (a page shows the platform as of its request) until {@code css} is on it, at most 30 s. */
    WebElement reloadUntil(String css) {
        reloadWhile(() -> driver.findElements(By.cssSelector(css)).isEmpty());
        return find(css);
    }

    /** Reloads the page until the element {@code css} shows {@code text}, at most 30 s. */
    void reloadUntilText(String css, String text) {
        reloadWhile(() -> driver.findElements(By.cssSelector(css)).stream().noneMatch(e -> e.getText().contains(text)));
        awaitText(css, text);
    }

    private void reloadWhile(java.util.function.BooleanSupplier notYet) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (notYet.getAsBoolean() && System.nanoTime() < until) {
            PlatformHarness.sleep(500);
            driver.navigate().refresh();
        }
    }

    /** Waits for {@code text} in {@code css}; when it never comes, the failure says what the page showed instead. */
    void awaitText(String css, String text) {
        try {
            // while the page is replaced, chromium may answer that the element's node left the document (a
            // WebDriverException, not a stale element): asked again on the new page
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-" + System.currentTimeMillis());
            throw new AssertionError("no '" + text + "' in " + css + " of " + driver.getCurrentUrl() + " (screenshot "
                    + shot + "); the page said: " + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    void phoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void desktopWidth() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** Saves the page from its top as target/screenshots/{name}.png (the window as tall as the page, up to 3000). */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("window.scrollTo(0, 0); return document.body.scrollHeight;");
        driver.manage().window().setSize(new Dimension(window.getWidth(),
                Math.min(3000, Math.max(window.getHeight(), height.intValue() + 120))));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** Keeps a document the console printed as target/documents/{name}.pdf (a build artefact, to look at). */
    static Path keep(String name, byte[] pdf) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "documents"));
            return Files.write(folder.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the signed-in browser downloads from {@code path}: the console's answer as bytes, and its status. */
    record Download(int status, String contentType, byte[] body) {
    }

    Download download(String path) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {"
                        + "  const bytes = new Uint8Array(await r.arrayBuffer()); let s = '';"
                        + "  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);"
                        + "  done({status: r.status, type: r.headers.get('Content-Type'), body: btoa(s)});"
                        + "}).catch(e => done({status: -1, type: String(e), body: ''}));", path);
        return new Download(((Number) answer.get("status")).intValue(), String.valueOf(answer.get("type")),
                java.util.Base64.getDecoder().decode(String.valueOf(answer.get("body"))));
    }

    /**
     * The page's accessibility violations of serious or critical impact, found by axe-core (from its WebJar) run in
     * the page: each as "rule: nodes".
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r), e => done({error: String(e)}));");
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + results.get("error"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + ((List<Map<String, Object>>) v.get("nodes")).stream()
                        .map(n -> String.valueOf(n.get("target"))).toList())
                .toList();
    }

    private static String axeSource() {
        try (InputStream in = ConsoleBrowser.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core's WebJar is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeVersion() {
        try (InputStream in = ConsoleBrowser.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core's WebJar has no version", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
