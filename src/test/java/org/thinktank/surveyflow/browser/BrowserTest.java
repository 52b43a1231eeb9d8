package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test has: one headless Chromium for the class, on the application's port; a screenshot kept
 * when a test fails; and after each test, the check that the pages (htmx and the static scripts included) ran under
 * their Content-Security-Policy with nothing refused. Subclasses are {@code @IntegrationTest}s with one test
 * instance per class.
 */
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeAll
    void startBrowser() throws IOException {
        browser = new Browser(port);
    }

    @AfterEach
    void theBrowserRefusedNothingUnderTheContentSecurityPolicy() {
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Keeps what the reader sees as target/screenshots/{name}.png, to look at after the run. */
    void keepScreenshot(String name) throws IOException {
        browser.screenshot(Path.of("target", "screenshots", name + ".png"));
    }
}
