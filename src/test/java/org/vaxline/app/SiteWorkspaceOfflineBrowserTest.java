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
 * A day at the site with no server at all: the browser's relay to the server is cut (connections refused), so the
 * page, its scripts and its data come from the service worker's cache and IndexedDB through reloads and a closed tab;
 * registrations and doses are queued, then synced once when the server is reachable again, a refusal listed to resolve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteWorkspaceOfflineBrowserTest extends SiteWorkspaceBrowserFixture {

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
        // a vial opened while online: the day's doses of its lot are drawn from it, also those queued offline
        browser.findElement(By.id("open-vials-submit")).click();
        waitFor("the vials opened", Duration.ofSeconds(60), d -> !d.findElement(By.id("session-result")).getAttribute("class").isEmpty());
        assertThat(browser.findElement(By.id("session-result")).getAttribute("class"))
                .as(browser.findElement(By.id("session-result")).getText()).isEqualTo("ok");
        String session = (String) js().executeScript("return vxSite.state.pack.sessions[0].id;");
        perVial = (Long) js().executeScript("var s = vxSite.state.pack.sessions[0].lots[0]; return s.dosesLeft;");
        try {
            offlineDay(pack, dosesBefore, peopleBefore, stockBefore);
            var summary = app.vaxline.registry().sessions().summary(java.util.UUID.fromString(session));
            System.out.println("site workspace: the open vial's session after the offline day: " + summary.lots());
            assertThat(summary.lots().get(0).administered()).as("doses queued offline drawn from the open vial")
                    .isEqualTo(Math.min(perVial, 20));
        } finally {
            offline(false);
        }
    }

    /**
     * The page came with no server reachable: the service worker's cached shell, the pack and the queue from
     * IndexedDB. The due list, the stock and the count of records waiting show, and the page says it is offline.
     */
    private void shownFromTheCache(String when, int waiting) {
        assertThat(js().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/health').then(function () { done('reached'); }, function () { done('unreachable'); });"))
                .as(when + ": the server is unreachable").isEqualTo("unreachable");
        assertThat(js().executeScript("return !!navigator.serviceWorker.controller;")).as(when + ": served by the service worker").isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#due tbody tr[data-person]"))).as(when + ": the due list").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#stock tbody tr[data-lot]"))).as(when + ": the stock").isNotEmpty();
        assertThat(waiting()).as(when + ": the records waiting, from IndexedDB").isEqualTo(waiting);
        assertThat(browser.findElement(By.id("banner-text")).getText()).as(when + ": the banner").contains(String.valueOf(waiting));
    }

    private long perVial;

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
        shownFromTheCache("a tab opened with no server", 10);
        assertThat(browser.findElement(By.cssSelector("#sessions tbody td.left")).getText())
                .as("the open vial's doses left, the queued doses counted off").isEqualTo(String.valueOf(Math.max(0, perVial - 5)));
        for (int i = 0; i < 15; i++) {
            browser.findElements(By.cssSelector("#due tbody tr[data-person] button.choose")).get(0).click();
            dose(pack);
            if (i == 7) {
                reloadOffline();
            }
        }
        // a second dose today for someone who had their first today: the server will refuse it (the interval)
        browser.findElement(By.id("search")).sendKeys(registered.get(0));
        waitFor("the person found", Duration.ofSeconds(30), d -> !d.findElements(By.cssSelector("#results li[data-person] button")).isEmpty());
        browser.findElement(By.cssSelector("#results li[data-person] button")).click();
        dose(pack);
        browser.findElement(By.id("search")).clear();
        reloadOffline();
        shot("site-offline-vi");
        shownFromTheCache("a reload with no server", 26);
        assertThat(waiting()).as("records waiting after reloads and a closed tab").isEqualTo(26);
        assertThat(dosesOnServer()).as("nothing reached the server while offline").isEqualTo(dosesBefore);

        offline(false);
        browser.findElement(By.id("sync-now")).click();
        waitFor("the queue synced, one refusal", Duration.ofSeconds(60), d -> waiting() == 0 && refusedCount() == 1);
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

}
