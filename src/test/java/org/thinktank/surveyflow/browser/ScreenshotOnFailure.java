package org.thinktank.surveyflow.browser;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves what the browser showed when a test failed, as target/screenshots/{class}-{test}.png. */
final class ScreenshotOnFailure implements TestWatcher {

    private final Supplier<Browser> browser;

    ScreenshotOnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser current = browser.get();
        if (current == null) {
            return;
        }
        Path file = Path.of("target", "screenshots",
                context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
        try {
            current.screenshot(file);
            System.err.println("Screenshot of the failure: " + file.toAbsolutePath() + " at " + current.currentPath());
        } catch (Exception e) {
            System.err.println("Could not save a screenshot: " + e);
        }
    }
}
