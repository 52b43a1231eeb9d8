package org.thinktank.surveyflow.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the system's chromedriver, against the application on its random port.
 * Driver and browser are given by path, so Selenium Manager never looks for (or downloads) anything. Files the
 * browser downloads land in {@link #downloads()}.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final String baseUrl;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    Browser(int port) throws IOException {
        this.baseUrl = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("surveyflow-chromium-profile");
        this.downloads = Files.createTempDirectory("surveyflow-downloads");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "en-US,en"));
        // the console, to catch what the pages' Content-Security-Policy refuses
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs out by forgetting the session and the language cookie, then signs in on the form in that language. */
    void signIn(String username, String language) {
        driver.manage().deleteAllCookies();
        open("/login?lang=" + language);
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        submit(By.id("sign-in"));
    }

    WebElement find(By by) {
        return waitFor(by);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void click(By by) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(by));
        element.click();
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value directly, for inputs whose typing depends on the browser's locale (dates). */
    void setValue(By by, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(by), value);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Clicks what submits a form or follows a link, and waits until the browser shows the next page. */
    void submit(By by) {
        script("window.__surveyflowOldPage = true;");
        click(by);
        awaitNextPage();
    }

    /** Clicks what posts an irreversible action, accepts its confirm dialog, and waits for the next page. */
    void submitConfirmed(By by) {
        script("window.__surveyflowOldPage = true;");
        click(by);
        answerDialog(true);
        awaitNextPage();
    }

    /** Waits for the confirm dialog the page opened, answers it, and returns its question. */
    String answerDialog(boolean accept) {
        Alert dialog = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.alertIsPresent());
        String question = dialog.getText();
        if (accept) {
            dialog.accept();
        } else {
            dialog.dismiss();
        }
        return question;
    }

    private void awaitNextPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !window.__surveyflowOldPage && document.readyState === 'complete';")));
    }

    /** Opens a task from the "My tasks" list, as its holder would. */
    void openTask(long surveyId, String taskKey) {
        submit(By.id("nav-tasks"));
        open("/?surveyId=" + surveyId); // the list of that investigation's tasks: the whole list is paged
        submit(By.cssSelector("a[href$='/surveys/" + surveyId + "/tasks/" + taskKey + "']"));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits until a finished download whose name ends so is in the download directory. */
    Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The console messages since the last call that report something the Content-Security-Policy refused. */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
