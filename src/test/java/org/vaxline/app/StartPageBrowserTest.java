package org.vaxline.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer opens http://localhost:8080/developers in a real (headless) Chromium: sees what is running, authorises with a
 * demo token and tries an endpoint from Swagger UI. Needs Debian's chromium and chromium-driver (.ci/run installs them).
 */
class StartPageBrowserTest {

    @TempDir
    Path tempDir;
    private RunningApp app;
    private WebDriver browser;

    @BeforeEach
    void start() {
        HeadlessChromium.requireInstalled();
        app = new RunningApp(TestStores.openDemo(Dialect.SQLITE, tempDir));
        browser = HeadlessChromium.start(tempDir.resolve("chromium-profile"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aNewcomerSeesWhatRunsAndTriesTheAgreementsEndpoint() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(app.baseUrl() + "/developers");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "running"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("vaxline").contains("sqlite").contains("ok");

        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 10));
        browser.findElement(By.cssSelector("button.authorize")).click();
        WebElement tokenField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container input")));
        tokenField.sendKeys(app.tokens.get("admin"));
        browser.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
        browser.findElement(By.cssSelector("button.btn-done")).click();

        WebElement listAgreements = browser.findElement(By.id("operations-agreements-listAgreements"));
        listAgreements.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(listAgreements.findElement(By.cssSelector("button.try-out__btn")))).click();
        wait.until(ExpectedConditions.elementToBeClickable(listAgreements.findElement(By.cssSelector("button.execute")))).click();

        WebElement response = wait.until(d -> {
            var bodies = listAgreements.findElements(By.cssSelector(".live-responses-table .response-col_description pre"));
            return bodies.isEmpty() || bodies.get(0).getText().isBlank() ? null : bodies.get(0);
        });
        assertThat(response.getText()).contains("Supply of 10 million doses of Abdala").contains("1050000");
        assertThat(listAgreements.findElement(By.cssSelector(".live-responses-table tbody .response-col_status")).getText()).contains("200");
    }
}
