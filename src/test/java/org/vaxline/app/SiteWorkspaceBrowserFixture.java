package org.vaxline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.person.domain.CitizenId;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.TestStores;
import org.vaxline.registry.application.DoseSearch;
import org.vaxline.site.Gs1VectorsTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the site workspace's browser tests share: one Chromium and one server per class, the browser reaching the
 * server through a loopback relay the test can cut (truly offline: no server for the page nor its service worker),
 * the vaccinator's hands (scanning as a keyboard-wedge scanner types, recording, registering) and the server's side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SiteWorkspaceBrowserFixture {
    static final long MAX_OFFLINE_BYTES = 500 * 1024;
    static final String GS = "\u001d";

    Path tempDir;
    RunningApp app;
    CuttableProxy proxy;
    Map<String, String> passwords;
    ChromeDriver browser;
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> inaccessible = new ArrayList<>();
    UUID siteId;
    final java.util.Random random = new java.util.Random(20261201);

    @BeforeAll
    void start() throws Exception {
        HeadlessChromium.requireInstalled();
        tempDir = Files.createTempDirectory("vaxline-site");
        app = new RunningApp(TestStores.openDemo(Dialect.SQLITE, tempDir));
        proxy = new CuttableProxy(app.server.port());
        passwords = new DemoScenario(app.vaxline).freshPasswords(app.tokens.keySet());
        browser = HeadlessChromium.start(tempDir.resolve("chromium-profile"));
        siteId = app.vaxline.facilities().facilities().byCode("SITE-01-1-1").orElseThrow().id();
        // the programme's document signer, as `./vaxline keys init` makes it, so certificates can be issued
        app.vaxline.certificates().keys().init(org.vaxline.platform.security.Actor.operator("test"));
        signIn("vaccinator");
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (browser != null) {
            browser.quit();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (app != null) {
            app.close();
        }
    }

    // --- the vaccinator's hands -------------------------------------------------------------------------------------

    /** Where the browser finds the server: through the relay the offline test cuts. */
    String base() {
        return "http://127.0.0.1:" + proxy.port();
    }

    /** Starts a test with no leftover console lines of the one before. */
    @org.junit.jupiter.api.BeforeEach
    void freshConsole() {
        browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    void openWorkspace() {
        browser.get(base() + "/site/today");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
        // The page is ready with the pack it had (its start-up sync skips the refresh when sending the queue failed);
        // the test compares it with the server's pack of now, so the page takes that one first.
        js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " window.VxSite.refreshPack().then(function () { window.VxSite.render(); done(true); }, function () { done(false); });");
    }

    /**
     * Types a GS1 element string as a keyboard-wedge scanner does: the ]d2 prefix, the data, GS (which a scanner types
     * as Ctrl+], ASCII 29) after a variable-length value, Enter at the end.
     */
    void scan(String elementString) {
        WebElement field = browser.findElement(By.id("scan"));
        String[] parts = elementString.split(GS, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                field.sendKeys(Keys.chord(Keys.CONTROL, "]"));
            }
            field.sendKeys(parts[i]);
        }
        String typed = (String) js().executeScript("return document.getElementById('scan').value;");
        String focused = (String) js().executeScript("return document.activeElement && document.activeElement.id;");
        field.sendKeys(Keys.ENTER);
        // the page reads the scan on Enter, at once: a vial line still empty means the keys went astray; say where
        if (browser.findElement(By.id("vial")).getText().isEmpty()) {
            throw new AssertionError("the scan was not read: typed " + Json.mapper().valueToTree(typed) + " (expected "
                    + Json.mapper().valueToTree(elementString) + "), focus on #" + focused + ", " + pageState());
        }
    }

    /** Scans a vial of a lot with stock left (by the page's own count) and records the dose for the chosen person. */
    void dose(JsonNode pack) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> lot = (Map<String, Object>) js().executeScript(
                "var s = document.querySelectorAll('#stock tbody tr[data-lot]'); for (var i = 0; i < s.length; i++) {"
                        + " if (+s[i].querySelector('.doses').textContent > 0 && s[i].cells[4].textContent === arguments[0])"
                        + " return {lot: s[i].getAttribute('data-lot')}; } return null;", usableText());
        assertThat(lot).as("a lot with stock left").isNotNull();
        JsonNode line = null;
        for (JsonNode l : pack.get("stock")) {
            if (l.get("lotNumber").asText().equals(lot.get("lot"))) {
                line = l;
            }
        }
        scan(elementString(pack, line));
        String before = browser.findElement(By.id("dose-result")).getAttribute("data-dose");
        browser.findElement(By.id("record")).click();
        waitFor("the dose recorded", Duration.ofSeconds(30), d -> {
            String now = d.findElement(By.id("dose-result")).getAttribute("data-dose");
            return now != null && !now.equals(before);
        });
    }

    /** What the page shows and holds when a step did not happen: the failure's message says why, not only that it timed out. */
    String pageState() {
        StringBuilder state = new StringBuilder();
        // the registration form's own refusals too: a submit that seems to do nothing may have been refused in the form
        for (String id : List.of("dose-result", "vial", "chosen", "session-result", "register-result", "duplicates",
                "r-idNumber-error", "r-fullName-error", "r-dob-error", "r-phone-error")) {
            for (WebElement e : browser.findElements(By.id(id))) {
                state.append('#').append(id).append(" [").append(e.getText()).append("] class=").append(e.getAttribute("class")).append("; ");
            }
        }
        return state + "failed dose " + browser.findElement(By.id("dose-result")).getAttribute("data-dose-failed")
                + ", chosen person " + js().executeScript("return vxSite.state.person;")
                + ", online " + js().executeScript("return vxSite.state.online;")
                + ", waiting " + browser.findElement(By.id("sync-banner")).getAttribute("data-waiting")
                + ", queue in the page " + js().executeScript("return vxSite.state.queue ? vxSite.state.queue.length : null;")
                + ", people in the page's pack " + js().executeScript("return vxSite.state.pack && vxSite.state.pack.people ? vxSite.state.pack.people.length : null;")
                + ", console " + browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Waits for what the page should come to, failing with what it shows instead. */
    <T> T waitFor(String what, Duration patience, java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, patience).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + patience.toSeconds() + " s for " + what + ": " + pageState(), e);
        }
    }

    /** A screenshot for the closing note, under the temp folder's vaxline-shots. */
    void shot(String name) {
        try {
            Path folder = Path.of(System.getProperty("java.io.tmpdir"), "vaxline-shots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A screenshot of one part of the page (a panel below the window's fold). */
    void shotOf(By part, String name) {
        try {
            Path folder = Path.of(System.getProperty("java.io.tmpdir"), "vaxline-shots");
            Files.createDirectories(folder);
            WebElement element = browser.findElement(part);
            js().executeScript("arguments[0].scrollIntoView();", element);
            Files.write(folder.resolve(name + ".png"), element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String usableText() {
        return (String) js().executeScript("return JSON.parse(document.getElementById('site-texts').textContent)['site.stock.usable'];");
    }

    String registerOffline(int i) {
        int year = 1970 + random.nextInt(30);
        Sex sex = i % 2 == 0 ? Sex.FEMALE : Sex.MALE;
        String id = "001" + CitizenId.centuryAndSexDigit(year, sex) + String.format("%02d", year % 100)
                + String.format("%06d", 900_000 + random.nextInt(99_999));
        String name = (i % 2 == 0 ? "Trần Thị Ngoại Tuyến " : "Lê Văn Ngoại Tuyến ") + (char) ('A' + i);
        browser.findElement(By.id("r-idNumber")).sendKeys(id);
        browser.findElement(By.id("r-fullName")).sendKeys(name);
        js().executeScript("document.getElementById('r-dob').value = arguments[0];", year + "-03-1" + i);
        new Select(browser.findElement(By.id("r-sex"))).selectByValue(sex.name());
        browser.findElement(By.id("r-phone")).sendKeys("0987" + String.format("%06d", random.nextInt(1_000_000)));
        browser.findElement(By.id("register-submit")).click();
        waitFor("the person chosen", Duration.ofSeconds(30), d -> d.findElement(By.id("chosen")).getText().contains(name));
        return id;
    }

    void reloadOffline() {
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
        // The page is ready with the pack it had (its start-up sync skips the refresh when sending the queue failed);
        // the test compares it with the server's pack of now, so the page takes that one first.
        js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " window.VxSite.refreshPack().then(function () { window.VxSite.render(); done(true); }, function () { done(false); });");
    }

    /** Closes the tab, opens a new one offline and goes to the workspace again. */
    void closeAndReopenOffline() {
        String old = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(old);
        browser.close();
        browser.switchTo().window(fresh);
        offline(true);
        openWorkspace();
    }

    /**
     * No server for the browser (the relay cut: connections refused, open ones dropped), or the server back on the same
     * origin. The DevTools offline emulation is not used: it need not cover the service worker's own fetches.
     */
    void offline(boolean offline) {
        try {
            if (offline) {
                proxy.cut();
            } else {
                proxy.restore();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void waitForServiceWorker() {
        js().executeAsyncScript("var done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(function () { done(true); });");
        if (js().executeScript("return !!navigator.serviceWorker.controller;") != Boolean.TRUE) {
            openWorkspace();
        }
        assertThat(js().executeScript("return !!navigator.serviceWorker.controller;")).as("the service worker controls the page").isEqualTo(true);
    }

    int waiting() {
        return Integer.parseInt(browser.findElement(By.id("sync-banner")).getAttribute("data-waiting"));
    }

    int refusedCount() {
        return Integer.parseInt(browser.findElement(By.id("sync-banner")).getAttribute("data-refused"));
    }

    void signIn(String username) {
        browser.get(base() + "/");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(passwords.get(username));
        browser.findElement(By.id("signin")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/site/today"));
    }

    void chooseLanguage(String language) {
        new Select(browser.findElement(By.id("language"))).selectByValue(language);
        browser.findElement(By.cssSelector("form.lang button")).click();
        // the page is replaced meanwhile: a node of the old one may be asked about and be gone
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    JavascriptExecutor js() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    // --- the server's side of it --------------------------------------------------------------------------------------

    JsonNode pack() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/sites/" + siteId + "/pack"))
                .header("Authorization", "Bearer " + app.tokens.get("vaccinator")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.mapper().readTree(answer.body());
    }

    JsonNode batch(String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/sites/" + siteId + "/batch"))
                .header("Authorization", "Bearer " + app.tokens.get("vaccinator")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.mapper().readTree(answer.body());
    }

    static JsonNode usableLot(JsonNode pack, long atLeast) {
        for (JsonNode l : pack.get("stock")) {
            if (l.get("usable").asBoolean() && l.get("quantity").asLong() >= atLeast) {
                return l;
            }
        }
        throw new AssertionError("no usable lot at the site: " + pack.get("stock"));
    }

    /** The vial's DataMatrix as a scanner sends it: ]d2, GTIN, expiry, lot, GS, serial. */
    String elementString(JsonNode pack, JsonNode lot) {
        String gtin = null;
        for (JsonNode p : pack.get("products")) {
            if (p.get("id").asText().equals(lot.get("productId").asText()) && p.get("gtins").size() > 0) {
                gtin = p.get("gtins").get(0).asText();
            }
        }
        String expiry = lot.get("expiresOn").asText();
        String yymmdd = expiry.substring(2, 4) + expiry.substring(5, 7) + expiry.substring(8, 10);
        return "]d2" + (gtin == null ? "" : "01" + gtin) + "17" + yymmdd + "10" + lot.get("lotNumber").asText() + GS
                + "21" + (100000 + random.nextInt(899999));
    }

    long dosesOnServer() {
        return app.vaxline.registry().queries().count(new DoseSearch(null, null, null, null, null, null, null, false));
    }

    int peopleRegisteredAtSite() {
        return app.vaxline.persons().directory().registeredAt(siteId, 100_000).size();
    }

    long stockAtSite() {
        return app.vaxline.stock().queries().onHand(siteId, null, null, null).lines().stream()
                .filter(l -> l.facilityId().equals(siteId)).mapToLong(l -> l.quantity()).sum();
    }

    // --- checks ---------------------------------------------------------------------------------------------------------

    void noConsoleErrors(String where) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // offline on purpose: the failed fetches of the offline day are the point, not a fault
                .filter(e -> !e.getMessage().contains("net::ERR_INTERNET_DISCONNECTED") && !e.getMessage().contains("net::ERR_CONNECTION_")
                        && !e.getMessage().contains("net::ERR_EMPTY_RESPONSE"))
                .toList();
        assertThat(errors).as("console errors on " + where).isEmpty();
    }

    void accessible(String where) {
        js().executeScript(AXE);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(function (r) {"
                        + "  var shown = function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                        + "      nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })}; };"
                        + "  done({passes: r.passes.length,"
                        + "    serious: r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; }).map(shown),"
                        + "    lesser: r.violations.filter(function (v) { return v.impact !== 'serious' && v.impact !== 'critical'; }).map(shown)});"
                        + "}).catch(function (e) { done({passes: 0, serious: [{id: 'axe-error', help: String(e)}], lesser: []}); });");
        assertThat(((Number) result.get("passes")).intValue()).as("axe-core ran its rules on " + where).isPositive();
        System.out.println("axe on " + where + ": " + result.get("passes") + " rules passed; moderate or minor: " + result.get("lesser"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("serious");
        violations.forEach(v -> inaccessible.add(where + ": " + v));
    }

    @AfterEach
    void noSeriousAccessibilityViolations() {
        List<String> found = List.copyOf(inaccessible);
        inaccessible.clear();
        assertThat(found).as("axe-core serious or critical violations").isEmpty();
    }

    private static final String AXE = readAxe();

    private static String readAxe() {
        try (java.io.InputStream in = SiteWorkspaceBrowserFixture.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
