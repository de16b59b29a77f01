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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.person.domain.CitizenId;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.application.DoseSearch;
import org.vaxline.site.Gs1VectorsTest;

import java.io.File;
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
 * The vaccination site's workspace in Debian's Chromium, as a vaccinator uses it: scanning vials as a keyboard-wedge
 * scanner types them (with the GS separator), a day offline with the network switched off through the DevTools
 * protocol (registrations and doses queued, the page reloaded, the tab closed and opened again), the sync when the
 * network returns, a refusal listed to resolve; axe-core in each language; the weight of what works offline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteWorkspaceBrowserTest {
    private static final String CHROMIUM = System.getenv().getOrDefault("VAXLINE_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("VAXLINE_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final long MAX_OFFLINE_BYTES = 500 * 1024;
    private static final String GS = "\u001d";

    private Path tempDir;
    private RunningApp app;
    private Map<String, String> passwords;
    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> inaccessible = new ArrayList<>();
    private UUID siteId;
    private final java.util.Random random = new java.util.Random(20261201);

    @BeforeAll
    void start() throws Exception {
        assertThat(new File(CHROMIUM)).as("Chromium for the browser tests (apt-get install chromium chromium-driver)").exists();
        tempDir = Files.createTempDirectory("vaxline-site");
        app = new RunningApp(Store.embedded(tempDir.resolve("data")));
        passwords = new DemoScenario(app.vaxline).freshPasswords(app.tokens.keySet());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + tempDir.resolve("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        siteId = app.vaxline.facilities().facilities().byCode("SITE-01-1-1").orElseThrow().id();
        // the programme's document signer, as `./vaxline keys init` makes it, so certificates can be issued
        app.vaxline.certificates().keys().init(org.vaxline.platform.security.Actor.operator("test"));
        signIn("vaccinator");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theBrowsersGs1ReadingAgreesWithTheServersOnEveryVector() throws Exception {
        openWorkspace();
        int compared = 0;
        for (JsonNode v : Gs1VectorsTest.vectors()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) js().executeScript(
                    "try { var r = VxGs1.parse(arguments[0], arguments[1]);"
                            + " return {gtin: r.gtin, lot: r.lot, serial: r.serial, expiry: r.expiry}; }"
                            + " catch (e) { return {error: e.code || String(e)}; }", v.get("input").asText(), v.get("referenceYear").asInt());
            String name = v.get("name").asText();
            if (v.has("error")) {
                assertThat(read.get("error")).as(name).isEqualTo(v.get("error").asText());
            } else {
                for (String field : List.of("gtin", "lot", "serial", "expiry")) {
                    JsonNode expected = v.get("expect").get(field);
                    assertThat(read.get(field)).as(name + " " + field).isEqualTo(expected == null || expected.isNull() ? null : expected.asText());
                }
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    @Order(2)
    void aReturningPersonsDoseTakesThreeInteractionsOnline() throws Exception {
        openWorkspace();
        long dosesBefore = dosesOnServer();
        JsonNode pack = pack();
        JsonNode lot = usableLot(pack, 1);
        WebElement first = browser.findElement(By.cssSelector("#due tbody tr[data-person] button.choose"));
        String person = first.findElement(By.xpath("./ancestor::tr")).getAttribute("data-person");
        long started = System.nanoTime();
        first.click();                                                      // 1: choose the person from the due list
        scan(elementString(pack, lot));                                       // 2: the scanner types the vial's code
        assertThat(browser.findElement(By.id("vial")).getText()).contains(lot.get("lotNumber").asText());
        browser.findElement(By.id("record")).click();                         // 3: record
        WebElement result = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            WebElement r = d.findElement(By.id("dose-result"));
            return r.getAttribute("class").equals("ok") ? r : null;
        });
        long wallMs = (System.nanoTime() - started) / 1_000_000;
        shot("site-dose-recorded-vi");
        System.out.println("site workspace: the dose's steps in the page (ms since the click): "
                + js().executeScript("return JSON.stringify(vxSite.state.timing.marks);"));

        System.out.println("site workspace: one dose online took " + result.getAttribute("data-ms")
                + " ms from the click on Record to the server's answer, " + result.getAttribute("data-ms-shown")
                + " ms until shown with the refreshed pack (" + wallMs + " ms for all three interactions through WebDriver); 3 interactions");
        assertThat(dosesOnServer()).isEqualTo(dosesBefore + 1);
        assertThat(app.vaxline.registry().queries().givenTo(UUID.fromString(person))).isNotEmpty();

        // a second returning person, the server warm now: the same three interactions, timed again
        String before = result.getAttribute("data-dose");
        browser.findElements(By.cssSelector("#due tbody tr[data-person] button.choose")).get(0).click();
        scan(elementString(pack, lot));
        browser.findElement(By.id("record")).click();
        WebElement second = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            WebElement r = d.findElement(By.id("dose-result"));
            return r.getAttribute("class").equals("ok") && !before.equals(r.getAttribute("data-dose")) ? r : null;
        });
        System.out.println("site workspace: a second dose online took " + second.getAttribute("data-ms")
                + " ms from the click on Record to the server's answer (steps " + js().executeScript("return JSON.stringify(vxSite.state.timing.marks);") + ")");
        assertThat(dosesOnServer()).isEqualTo(dosesBefore + 2);

        // an adverse event reported against the dose just recorded
        js().executeScript("document.getElementById('aefi-onset').value = arguments[0];",
                java.time.LocalDateTime.now().minusHours(1).withSecond(0).withNano(0).toString());
        browser.findElement(By.id("aefi-description")).sendKeys("Sốt nhẹ sau tiêm");
        browser.findElement(By.cssSelector("#aefi button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "ok".equals(d.findElement(By.id("aefi-result")).getAttribute("class")));
        assertThat(app.vaxline.aefi().queries()).isNotNull();

        // the certificate QR of someone due since 2021, whose doses are of a coded product (the EU DCC needs its code)
        browser.findElements(By.cssSelector("#due tbody tr[data-person] button.choose")).get(0).click();
        browser.findElement(By.id("show-certificate")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> String.valueOf(d.findElement(By.id("certificate")).getAttribute("src")).startsWith("data:")
                || !d.findElement(By.id("certificate-note")).getText().isEmpty());
        assertThat(browser.findElement(By.id("certificate-note")).getText()).isEmpty();
        assertThat(browser.findElement(By.id("certificate")).getAttribute("src")).startsWith("data:image/png").contains(";base64,iVBORw0KGgo");
        assertThat(browser.findElement(By.id("certificate")).getAttribute("alt")).contains("QR");
        noConsoleErrors("a dose online");
    }

    @Test
    @Order(3)
    void aDayOfflineIsSyncedOnceWhenTheNetworkReturns() throws Exception {
        openWorkspace();
        JsonNode pack = pack();
        long dosesBefore = dosesOnServer();
        int peopleBefore = peopleRegisteredAtSite();
        long stockBefore = stockAtSite();
        List<String> duePeople = new ArrayList<>();
        browser.findElements(By.cssSelector("#due tbody tr[data-person]")).forEach(r -> duePeople.add(r.getAttribute("data-person")));
        System.out.println("site workspace: " + duePeople.size() + " people due at the site, " + stockBefore + " doses on hand");
        assertThat(duePeople).as("people due at the demo's site").hasSizeGreaterThanOrEqualTo(15);
        waitForServiceWorker();
        // what a reload without network falls back to: the page and its scripts in the service worker's cache
        assertThat(js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "Promise.all(['/site/today', '/site/site.js', '/site/gs1.js', '/site/site.css'].map(function (p) { return caches.match(p); }))"
                + ".then(function (r) { done(r.every(function (x) { return x && x.ok; })); });")).isEqualTo(true);
        try {
            offlineDay(pack, dosesBefore, peopleBefore, stockBefore);
        } finally {
            offline(false);
        }
    }

    private void offlineDay(JsonNode pack, long dosesBefore, int peopleBefore, long stockBefore) throws Exception {
        offline(true);
        assertThat(js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/site/api/pack').then(function () { done('reached'); }, function () { done('offline'); });"))
                .as("the page reaches no server").isEqualTo("offline");

        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(registerOffline(i));
            dose(pack);                                                        // dose 1 for the person just registered
            if (i == 1) {
                reloadOffline();
            }
        }
        closeAndReopenOffline();
        for (int i = 0; i < 15; i++) {
            browser.findElements(By.cssSelector("#due tbody tr[data-person] button.choose")).get(0).click();
            dose(pack);
            if (i == 7) {
                reloadOffline();
            }
        }
        // a second dose today for someone who had their first today: the server will refuse it (the interval)
        browser.findElement(By.id("search")).sendKeys(registered.get(0));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("#results li[data-person] button")).isEmpty());
        browser.findElement(By.cssSelector("#results li[data-person] button")).click();
        dose(pack);
        browser.findElement(By.id("search")).clear();
        reloadOffline();
        shot("site-offline-vi");
        assertThat(waiting()).as("records waiting after reloads and a closed tab").isEqualTo(26);
        assertThat(dosesOnServer()).as("nothing reached the server while offline").isEqualTo(dosesBefore);

        offline(false);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> waiting() == 0 && refusedCount() == 1);
        assertThat(dosesOnServer()).isEqualTo(dosesBefore + 20);
        assertThat(peopleRegisteredAtSite()).isEqualTo(peopleBefore + 5);
        assertThat(stockAtSite()).isEqualTo(stockBefore - 20);
        WebElement refusal = browser.findElement(By.cssSelector("#refused li[data-id]"));
        assertThat(refusal.getAttribute("data-code")).isEqualTo("DOSE_INTERVAL_TOO_SHORT");
 shot("site-synced-vi");
        System.out.println("site workspace: refused at sync and listed: " + refusal.getText().replace('\n', ' '));
        assertThat(refusal.getText()).contains("Cần làm:");

        // syncing again, and a resend of a record already recorded, change nothing
        browser.findElement(By.id("sync-now")).click();
        js().executeAsyncScript("var done = arguments[arguments.length - 1]; vxSite.sync().then(function () { done(true); });");
        assertThat(dosesOnServer()).isEqualTo(dosesBefore + 20);
        assertThat(peopleRegisteredAtSite()).isEqualTo(peopleBefore + 5);
        noConsoleErrors("the offline day");
    }

    @Test
    @Order(4)
    void aResentBatchIsAnsweredAlreadyRecordedPerRecord() throws Exception {
        JsonNode pack = pack();
        JsonNode lot = usableLot(pack, 1);
        String person = pack.get("due").get(0).get("personId").asText();
        String dose = "{\"kind\":\"DOSE\",\"id\":\"" + UUID.randomUUID() + "\",\"dose\":{\"personId\":\"" + person
                + "\",\"scan\":" + Json.mapper().writeValueAsString(elementString(pack, lot)) + "}}";
        String body = "{\"items\":[" + dose + "," + dose.replace("\"DOSE\"", "\"VIAL\"") + "]}";
        long started = System.nanoTime();
        JsonNode first = batch(body);
        System.out.println("site workspace: the batch of one dose (and one malformed record) answered over HTTP in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, the server's share of a dose's time");
        JsonNode again = batch(body);
        assertThat(first.get("items").get(0).get("status").asInt()).isEqualTo(201);
        assertThat(again.get("items").get(0).get("status").asInt()).isEqualTo(200);
        assertThat(first.get("items").get(1).get("status").asInt()).isEqualTo(400);
        assertThat(again.get("items").get(1).get("problem").get("code").asText()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    @Order(5)
    void registeringSomeoneAlreadyRegisteredOffersTheExistingRecordInOneClick() throws Exception {
        openWorkspace();
        JsonNode known = pack().get("people").get(0);
        int waitingBefore = waiting();
        browser.findElement(By.id("r-idNumber")).sendKeys(known.get("identityNumber").asText());
        browser.findElement(By.id("r-fullName")).sendKeys(known.get("fullName").asText());
        js().executeScript("document.getElementById('r-dob').value = arguments[0];", known.get("dateOfBirth").asText());
        new Select(browser.findElement(By.id("r-sex"))).selectByValue(known.get("sex").asText());
        browser.findElement(By.id("register-submit")).click();
        WebElement same = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("#duplicates button.same")));
        same.click();                                                        // one click: the existing record
        assertThat(browser.findElement(By.id("chosen")).getText()).contains(known.get("fullName").asText());
        assertThat(waiting()).as("nothing queued for the same person").isEqualTo(waitingBefore);

        // a citizen ID that breaks the registry's rule is refused in the form, naming the digits at fault
        browser.findElement(By.id("r-idNumber")).sendKeys("999" + known.get("identityNumber").asText().substring(3));
        browser.findElement(By.id("r-fullName")).sendKeys("Phạm Văn Thử");
        js().executeScript("document.getElementById('r-dob').value = arguments[0];", known.get("dateOfBirth").asText());
        new Select(browser.findElement(By.id("r-sex"))).selectByValue(known.get("sex").asText());
        browser.findElement(By.id("register-submit")).click();
        assertThat(browser.findElement(By.id("r-idNumber-error")).getText()).isEqualTo("Chữ số 1-3 không phải mã tỉnh.");
        js().executeScript("document.getElementById('register').reset();");
        noConsoleErrors("registration");
    }

    @Test
    @Order(6)
    void theWorkspaceIsAccessibleInEachLanguageAndLightEnoughToKeepOffline() {
        for (String language : List.of("en", "es", "vi")) {
            openWorkspace();
            chooseLanguage(language);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertThat(browser.getPageSource()).doesNotContain("??site");
            accessible("/site/today in " + language);
            noConsoleErrors("/site/today in " + language);
        }
        long bytes = 0;
        for (String part : List.of("/site/today", "/site/site.js", "/site/gs1.js", "/site/site.css", "/vx/app.css", "/site/sw.js",
                "/site/manifest.webmanifest", "/site/icon.svg")) {
            Object size = js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.arrayBuffer(); })"
                    + ".then(function (b) { done(b.byteLength); }, function (e) { done(-1); });", part);
            System.out.println("offline part " + part + ": " + size + " bytes");
            bytes += ((Number) size).longValue();
        }
        System.out.println("site workspace: what works offline weighs " + bytes + " bytes");
        assertThat(bytes).isLessThanOrEqualTo(MAX_OFFLINE_BYTES);
    }

    // --- the vaccinator's hands -------------------------------------------------------------------------------------

    /** Starts a test with no leftover console lines of the one before. */
    @org.junit.jupiter.api.BeforeEach
    void freshConsole() {
        browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    private void openWorkspace() {
        browser.get(app.baseUrl() + "/site/today");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
    }

    /**
     * Types a GS1 element string as a keyboard-wedge scanner does: the ]d2 prefix, the data, GS (which a scanner types
     * as Ctrl+], ASCII 29) after a variable-length value, Enter at the end.
     */
    private void scan(String elementString) {
        WebElement field = browser.findElement(By.id("scan"));
        String[] parts = elementString.split(GS, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                field.sendKeys(Keys.chord(Keys.CONTROL, "]"));
            }
            field.sendKeys(parts[i]);
        }
        field.sendKeys(Keys.ENTER);
    }

    /** Scans a vial of a lot with stock left (by the page's own count) and records the dose for the chosen person. */
    private void dose(JsonNode pack) throws Exception {
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
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            String now = d.findElement(By.id("dose-result")).getAttribute("data-dose");
            return now != null && !now.equals(before);
        });
    }

    private void dump(String where) {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("DUMP " + where + ": url " + browser.getCurrentUrl());
        System.out.println("DUMP vial: " + browser.findElements(By.id("vial")).stream().map(WebElement::getText).toList()
                + " result: " + browser.findElements(By.id("dose-result")).stream().map(WebElement::getText).toList()
                + " scan: " + js().executeScript("var s = document.getElementById('scan'); return s ? JSON.stringify(s.value) : null;"));
        browser.manage().logs().get(LogType.BROWSER).getAll().forEach(e -> System.out.println("DUMP console: " + e));
        if (browser.findElements(By.id("main")).isEmpty()) {
            System.out.println("DUMP page: " + browser.getPageSource().substring(0, Math.min(2000, browser.getPageSource().length())));
        }
    }

    /** A screenshot for the closing note, under the temp folder's vaxline-shots. */
    private void shot(String name) {
        try {
            Path folder = Path.of(System.getProperty("java.io.tmpdir"), "vaxline-shots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String usableText() {
        return (String) js().executeScript("return JSON.parse(document.getElementById('site-texts').textContent)['site.stock.usable'];");
    }

    private String registerOffline(int i) {
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
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chosen")).getText().contains(name));
        return id;
    }

    private void reloadOffline() {
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
    }

    /** Closes the tab, opens a new one offline and goes to the workspace again. */
    private void closeAndReopenOffline() {
        String old = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(old);
        browser.close();
        browser.switchTo().window(fresh);
        offline(true);
        openWorkspace();
    }

    private void offline(boolean offline) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private void waitForServiceWorker() {
        js().executeAsyncScript("var done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(function () { done(true); });");
        if (js().executeScript("return !!navigator.serviceWorker.controller;") != Boolean.TRUE) {
            openWorkspace();
        }
        assertThat(js().executeScript("return !!navigator.serviceWorker.controller;")).as("the service worker controls the page").isEqualTo(true);
    }

    private int waiting() {
        return Integer.parseInt(browser.findElement(By.id("sync-banner")).getAttribute("data-waiting"));
    }

    private int refusedCount() {
        return Integer.parseInt(browser.findElement(By.id("sync-banner")).getAttribute("data-refused"));
    }

    private void signIn(String username) {
        browser.get(app.baseUrl() + "/");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(passwords.get(username));
        browser.findElement(By.id("signin")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/site/today"));
    }

    private void chooseLanguage(String language) {
        new Select(browser.findElement(By.id("language"))).selectByValue(language);
        browser.findElement(By.cssSelector("form.lang button")).click();
        // the page is replaced meanwhile: a node of the old one may be asked about and be gone
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private JavascriptExecutor js() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    // --- the server's side of it --------------------------------------------------------------------------------------

    private JsonNode pack() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/sites/" + siteId + "/pack"))
                .header("Authorization", "Bearer " + app.tokens.get("vaccinator")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.mapper().readTree(answer.body());
    }

    private JsonNode batch(String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/sites/" + siteId + "/batch"))
                .header("Authorization", "Bearer " + app.tokens.get("vaccinator")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.mapper().readTree(answer.body());
    }

    private static JsonNode usableLot(JsonNode pack, long atLeast) {
        for (JsonNode l : pack.get("stock")) {
            if (l.get("usable").asBoolean() && l.get("quantity").asLong() >= atLeast) {
                return l;
            }
        }
        throw new AssertionError("no usable lot at the site: " + pack.get("stock"));
    }

    /** The vial's DataMatrix as a scanner sends it: ]d2, GTIN, expiry, lot, GS, serial. */
    private String elementString(JsonNode pack, JsonNode lot) {
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

    private long dosesOnServer() {
        return app.vaxline.registry().queries().count(new DoseSearch(null, null, null, null, null, null, null, false));
    }

    private int peopleRegisteredAtSite() {
        return app.vaxline.persons().directory().registeredAt(siteId, 100_000).size();
    }

    private long stockAtSite() {
        return app.vaxline.stock().queries().onHand(siteId, null, null, null).lines().stream()
                .filter(l -> l.facilityId().equals(siteId)).mapToLong(l -> l.quantity()).sum();
    }

    // --- checks ---------------------------------------------------------------------------------------------------------

    private void noConsoleErrors(String where) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // offline on purpose: the failed fetches of the offline day are the point, not a fault
                .filter(e -> !e.getMessage().contains("net::ERR_INTERNET_DISCONNECTED"))
                .toList();
        assertThat(errors).as("console errors on " + where).isEmpty();
    }

    private void accessible(String where) {
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
        try (java.io.InputStream in = SiteWorkspaceBrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
