package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * Issue 10, points 9 to 11 in a real (headless) browser, in Chinese and English: the investigation page's process map
 * with the current step highlighted, the dashboard's charts drawn under the Content-Security-Policy, and the main
 * pages at a phone's 375 px without scrolling sideways (whole-page screenshots in target/screenshots).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapChartsPhoneBrowserIT extends BrowserTest {

    private static final int PHONE = 375;

    @Autowired
    Surveys surveys;

    private Survey drafting;

    @BeforeAll
    void launchAnInvestigationInDrafting() {
        drafting = surveys.launch();
        surveys.allFindingsIn(drafting);
    }

    @AfterEach
    void backToTheDesktopWidth() {
        ((HasCdp) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 撰写调研报告, 当前步骤：撰写调研报告", "en, Draft study report, Now at: Draft study report"})
    void theMapHighlightsTheCurrentStepInThePagesLanguage(String language, String step, String now) throws IOException {
        browser.signIn("li.wei", language);
        browser.open("/surveys/" + drafting.id());

        WebElement current = browser.find(By.id("map-current"));
        assertThat(current.getAttribute("data-element")).isEqualTo("draftReport");
        assertThat(current.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo(step);
        assertThat(browser.script("return getComputedStyle(arguments[0]).fill",
                current.findElement(By.cssSelector(".shape")))).isEqualTo("rgb(255, 229, 138)");
        assertThat(browser.all(By.cssSelector("#diagram .done .tick"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.all(By.cssSelector("#diagram .timer"))).hasSize(14);
        assertThat(browser.find(By.id("map-now")).getText()).isEqualTo(now);
        assertThat(browser.all(By.cssSelector(".map-legend li"))).hasSize(4);
        wholePage(language, "investigation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theDashboardDrawsItsChartsFromTheTables(String language) throws IOException {
        browser.signIn("organizer", language);
        browser.open("/dashboard");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.all(
                By.cssSelector(".chart-canvas[data-rendered='true'] canvas")).size() >= 1);
        assertThat(browser.all(By.cssSelector("#chart-stages .chart-canvas canvas"))).hasSize(1);
        assertThat(browser.find(By.id("stage-counts")).isDisplayed()).isTrue();
        wholePage(language, "dashboard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void atPhoneWidthThePagesDoNotScrollSideways(String language) throws IOException {
        ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        browser.signIn("li.wei", language);
        fitsThePhone(language, "tasks", "/");
        fitsThePhone(language, "investigation", "/surveys/" + drafting.id());
        assertThat(browser.script("return document.querySelector('#diagram svg').getBoundingClientRect().right"))
                .satisfies(right -> assertThat(((Number) right).doubleValue()).isLessThanOrEqualTo(PHONE));
        assertThat(browser.script("return getComputedStyle(document.querySelector('#steps tbody tr')).display"))
                .isEqualTo("block");
        fitsThePhone(language, "findings", "/surveys/" + drafting.id() + "/findings");
        fitsThePhone(language, "report", "/surveys/" + drafting.id() + "/report");
        fitsThePhone(language, "notifications", "/notifications");
        fitsThePhone(language, "tokens", "/tokens");
        browser.signIn("organizer", language);
        fitsThePhone(language, "dashboard", "/dashboard");
        fitsThePhone(language, "audit", "/audit");
        fitsThePhone(language, "organizer-tasks", "/?tab=launched");
    }

    /** Keeps the whole page as target/screenshots/{name}-{language}.png, to look at. */
    private void wholePage(String language, String name) throws IOException {
        Number width = (Number) browser.script("return document.scrollingElement.scrollWidth");
        Number height = (Number) browser.script("return document.scrollingElement.scrollHeight");
        Map<String, Object> shot = ((HasCdp) browser.driver()).executeCdpCommand("Page.captureScreenshot",
                Map.of("captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        Path file = Path.of("target", "screenshots", name + "-" + language + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private void fitsThePhone(String language, String name, String path) throws IOException {
        browser.open(path);
        browser.find(By.tagName("h1"));
        wholePage(language, "phone-" + name);
        assertThat(browser.script("return window.innerWidth")).as("viewport").isEqualTo((long) PHONE);
        assertThat(((Number) browser.script("return document.scrollingElement.scrollWidth")).intValue())
                .as("%s is as wide as the phone", path).isLessThanOrEqualTo(PHONE);
    }
}
