package no.innkreving.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Browser tests of the web pages: Debian's chromium driven by its chromium-driver (never a downloaded browser),
 * headless, against the app on its random port. One browser per test class (it is the slow part); each test logs in
 * afresh. Screenshots go to {@code target/skjermbilder/} to be looked at; {@link #tilgjengelig()} runs axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NettleserTestBase extends ApiTestBase {
    protected static final Path SKJERMBILDER = Path.of("target/skjermbilder");
    protected WebDriver nettleser;

    @BeforeAll
    void startNettleser() {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(finn("/usr/bin/chromium", "/usr/lib/chromium/chromium"));
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nb-NO");
        ChromeDriverService tjeneste = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(finn("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
                .usingAnyFreePort().build();
        nettleser = new ChromeDriver(tjeneste, o);
        nettleser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stoppNettleser() {
        if (nettleser != null) nettleser.quit();
    }

    private static String finn(String... stier) {
        for (String s : stier) if (new File(s).canExecute()) return s;
        throw new IllegalStateException("Chromium is not installed (apt-get install -y chromium chromium-driver): " + List.of(stier));
    }

    protected String url(String sti) {
        return "http://localhost:" + port + sti;
    }

    protected void gaaTil(String sti) {
        nettleser.get(url(sti));
    }

    /** Logs the person in through the demo picker's direct link (a fresh session), and lands on the overview. */
    protected void loggInnSom(String foedselsnummer) {
        nettleser.manage().deleteAllCookies();
        gaaTil("/demo/logg-inn?pid=" + foedselsnummer);
        assertThat(nettleser.getCurrentUrl()).endsWith("/skyldner/oversikt");
    }

    protected WebElement finn(By by) {
        return nettleser.findElement(by);
    }

    /** Clicks what submits a form or follows a link, and waits until the next page has replaced this one. */
    protected void klikkOgVent(By by) {
        WebElement html = nettleser.findElement(By.tagName("html"));
        nettleser.findElement(by).click();
        var vent = new org.openqa.selenium.support.ui.WebDriverWait(nettleser, Duration.ofSeconds(60));
        // the old page's root is gone (Chromium may say so as a stale reference or as a node "not in the document")
        vent.until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        vent.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Submits the page's form (its submit button) and waits for the answer page. */
    protected void sendSkjema() {
        klikkOgVent(By.cssSelector("form.skjema button[type=submit]"));
    }

    protected String sidetekst() {
        return nettleser.findElement(By.tagName("body")).getText();
    }

    protected String h1() {
        List<WebElement> h = nettleser.findElements(By.tagName("h1"));
        assertThat(h).as("exactly one h1 on " + nettleser.getCurrentUrl()).hasSize(1);
        return h.getFirst().getText();
    }

    /** axe-core (WCAG 2.0/2.1 A and AA rules) finds no serious or critical violation on the page as it is now. */
    protected void tilgjengelig() {
        Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(nettleser);
        // axe ran on the page (it checked rules and some held), so an empty violation list means something
        assertThat(r.isErrored()).as("axe-core failed to run").isFalse();
        assertThat(r.getPasses()).as("axe-core checked no rule").isNotEmpty();
        List<String> alvorlige = r.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(NettleserTestBase::beskriv).toList();
        assertThat(alvorlige).as("axe-core on " + nettleser.getCurrentUrl()).isEmpty();
        assertThat(nettleser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
    }

    private static String beskriv(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    /** The whole page as a PNG under target/skjermbilder/, at desktop width and as a phone (390 px) shows it. */
    protected void skjermbilde(String navn) {
        try {
            Files.createDirectories(SKJERMBILDER);
            for (var st : List.of(new int[]{1280, 0}, new int[]{390, 1})) {
                nettleser.manage().window().setSize(new Dimension(st[0], 900));
                long hoeyde = (Long) ((JavascriptExecutor) nettleser).executeScript("return Math.ceil(document.documentElement.scrollHeight)");
                nettleser.manage().window().setSize(new Dimension(st[0], (int) Math.min(Math.max(hoeyde + 140, 600), 6000)));
                byte[] png = ((org.openqa.selenium.TakesScreenshot) nettleser).getScreenshotAs(OutputType.BYTES);
                Files.write(SKJERMBILDER.resolve(navn + (st[1] == 1 ? "-mobil" : "") + ".png"), png);
            }
            nettleser.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String cookieHeader() {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : nettleser.manage().getCookies()) cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
        return cookies.toString();
    }

    /**
     * A multipart POST of a form with the browser's session and the form page's CSRF token, as the browser would send
     * it, for the status code (which a browser does not show). {@code filer}: field name, file name, bytes, repeated.
     */
    protected HttpResponse<String> postSkjemaMedSesjon(String skjemaside, String sti, java.util.Map<String, String> felter, Object... filer) {
        String side = new String(hentMedSesjon(skjemaside).body(), java.nio.charset.StandardCharsets.UTF_8);
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(side);
        assertThat(m.find()).as("CSRF token on " + skjemaside).isTrue();
        String grense = "----grense" + java.util.UUID.randomUUID();
        var ut = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> skriv = t -> ut.writeBytes(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.Map<String, String> alle = new java.util.LinkedHashMap<>(felter);
        alle.put("_csrf", m.group(1));
        alle.forEach((k, v) -> skriv.accept("--" + grense + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        for (int i = 0; i + 2 < filer.length; i += 3) {
            skriv.accept("--" + grense + "\r\nContent-Disposition: form-data; name=\"" + filer[i] + "\"; filename=\"" + filer[i + 1]
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            ut.writeBytes((byte[]) filer[i + 2]);
            skriv.accept("\r\n");
        }
        skriv.accept("--" + grense + "--\r\n");
        try {
            return Api.http().send(HttpRequest.newBuilder(URI.create(url(sti))).header("Cookie", cookieHeader())
                            .header("Content-Type", "multipart/form-data; boundary=" + grense)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(ut.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file of {@code bytes} bytes starting with {@code start} (e.g. a PDF's magic number), for an upload. */
    protected static Path lagFil(String navn, byte[] start, int bytes) {
        try {
            Path dir = Files.createDirectories(Path.of("target/opplastinger"));
            Path f = dir.resolve(navn);
            byte[] b = new byte[bytes];
            System.arraycopy(start, 0, b, 0, Math.min(start.length, bytes));
            for (int i = start.length; i < bytes; i++) b[i] = (byte) ('a' + i % 26);
            Files.write(f, b);
            return f.toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static final byte[] PDF = "%PDF-1.4\n% test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    protected static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** GET with the browser's session (its cookie), for what a browser would download rather than show. */
    protected HttpResponse<byte[]> hentMedSesjon(String sti) {
        try {
            return Api.http().send(HttpRequest.newBuilder(URI.create(url(sti))).header("Cookie", cookieHeader()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
