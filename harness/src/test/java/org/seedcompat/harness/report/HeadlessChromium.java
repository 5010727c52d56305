package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.seedcompat.harness.Project;

/**
 * Debian's Chromium and chromedriver for the rendering test, installed on first use by
 * {@code scripts/ensure-chromium.sh}. When they cannot be had the test is skipped with the reason,
 * unless {@code SEEDCOMPAT_REQUIRE_REFERENCE=1} (CI), which makes that a failure.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    private static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    static void ensure() {
        if (installed()) {
            return;
        }
        Path script = Project.home().resolve("scripts").resolve("ensure-chromium.sh");
        String output;
        int exit;
        try {
            Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            exit = p.waitFor(15, TimeUnit.MINUTES) ? p.exitValue() : -1;
        } catch (IOException e) {
            output = e.toString();
            exit = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (exit == 0 && installed()) {
            return;
        }
        String tail = output.length() > 2000 ? output.substring(output.length() - 2000) : output;
        String why = "headless Chromium is not available (" + script + " exited with " + exit + "):\n" + tail;
        if ("1".equals(System.getenv("SEEDCOMPAT_REQUIRE_REFERENCE"))) {
            fail(why);
        }
        Assumptions.abort(why);
    }

    /**
     * A fresh browser with its own profile. The networking switches keep Chromium from reaching out
     * (it hangs on a closed network otherwise); the explicit driver keeps Selenium Manager offline.
     */
    static ChromeDriver start(Path profile) {
        ensure();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }
}
