package org.vaxline.app;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium through its ChromeDriver, headless, as every browser test starts it: with the flags that keep it off
 * this machine's closed network, a profile of its own and the browser console kept for the tests to read.
 */
final class HeadlessChromium {
    static final String CHROMIUM = System.getenv().getOrDefault("VAXLINE_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("VAXLINE_CHROMEDRIVER", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Fails the test class at once, naming the packages, when Chromium is missing: a browser test is never skipped. */
    static void requireInstalled() {
        assertThat(new File(CHROMIUM)).as("Chromium for the browser tests (apt-get install chromium chromium-driver)").exists();
    }

    static ChromeDriver start(Path profile) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
