package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The whole story in a real (headless) browser, as the three roles, in Chinese and English: an organizer launches
 * an investigation; two researchers submit findings; the lead drafts and submits the report; two reviewers review,
 * one asking for a revision; the lead revises and the reviewer sees the change; the revised version is approved;
 * the organizer downloads the Word report and the meeting workbook.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyLifecycleBrowserIT extends BrowserTest {

    private static final String CHINESE = "zh-CN";
    private static final String ENGLISH = "en";

    @Autowired
    WorkCalendar calendar;
    @Autowired
    Processes processes;
    @Autowired
    Surveys surveys;

    @Test
    void fromLaunchToAnApprovedReportAndItsDownloads() throws IOException {
        long surveyId = organizerLaunches();
        researcherSubmitsFindings(surveyId, "wang.fang", CHINESE, "中小企业上云比例偏低");
        researcherSubmitsFindings(surveyId, "li.wei", ENGLISH, "Few firms use cloud services");
        processes.runAsyncContinuations(); // the job executor's part: the engine moves on to drafting
        leadSubmitsTheReport(surveyId, "The digital economy grows unevenly.");
        reviewerReviews(surveyId, "zhou.qiang", CHINESE, "MAJOR_REVISION", "请补充国际比较");
        reviewerReviews(surveyId, "m.ivanov", ENGLISH, "ACCEPT", "Well argued.");
        leadRevisesTheReport(surveyId, "The digital economy grows unevenly; an international comparison shows the gap.");
        reviewerSeesTheChangeAndAccepts(surveyId, "zhou.qiang");
        reviewerReviews(surveyId, "m.ivanov", ENGLISH, "ACCEPT", "Still well argued.");
        organizerApproves(surveyId);
        organizerDownloadsTheReportAndTheWorkbook(surveyId);
    }

    private long organizerLaunches() {
        browser.signIn("organizer", ENGLISH);
        browser.submit(By.id("nav-dashboard"));
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Dashboard");
        browser.type(By.id("topic"), "数字经济发展现状与路径调研 Digital economy (browser)");
        browser.type(By.id("region"), "哈尔滨、大庆");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("lead"))).selectByValue("li.wei");
        browser.click(By.id("team-wang.fang"));
        browser.click(By.id("reviewer-zhou.qiang"));
        browser.click(By.id("reviewer-m.ivanov"));
        LocalDate today = calendar.today();
        browser.setValue(By.id("planDue"), today.plusDays(5).toString());
        browser.setValue(By.id("findingsDue"), today.plusDays(10).toString());
        browser.setValue(By.id("draftDue"), today.plusDays(20).toString());
        browser.setValue(By.id("reviewDue"), today.plusDays(30).toString());
        browser.setValue(By.id("approvalDue"), today.plusDays(35).toString());
        browser.submit(By.id("launch"));

        Matcher page = Pattern.compile("/surveys/(\\d+)$").matcher(browser.currentPath());
        assertThat(page.find()).as("lands on the new investigation, at %s", browser.currentPath()).isTrue();
        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("Planning the survey");
        assertThat(browser.find(By.id("map-current")).getAttribute("data-element")).isEqualTo("submitPlan");
        long surveyId = Long.parseLong(page.group(1));
        surveys.planApproved(surveys.reloadById(surveyId)); // the plan's own story: SurveyPlanBrowserIT
        return surveyId;
    }

    private void researcherSubmitsFindings(long surveyId, String researcher, String language, String title)
            throws IOException {
        browser.signIn(researcher, language);
        browser.submit(By.id("nav-notifications"));
        assertThat(browser.find(By.cssSelector("[data-kind='ASSIGNMENT']")).getText())
                .contains(CHINESE.equals(language) ? "新任务" : "New task", "Digital economy (browser)");
        readsTheNotificationsAPageAtATimeAndMarksThemRead(language);
        browser.openTask(surveyId, "submitFindings");
        browser.type(By.id("title"), title);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("method"))).selectByValue("QUESTIONNAIRE");
        browser.type(By.id("place"), "哈尔滨经开区");
        browser.setValue(By.id("observedOn"), calendar.today().minusDays(3).toString());
        browser.type(By.id("evidence"), "在受访的 212 家中小企业中，仅 31% 已将核心业务迁移上云。");
        Path table = Files.createTempFile("figures", ".csv");
        Files.writeString(table, "name,value\n受访企业数,212\n");
        browser.find(By.id("attachments")).sendKeys(table.toAbsolutePath().toString());
        browser.submit(By.id("add-finding"));
        assertThat(browser.find(By.cssSelector(".notice")).getText())
                .isEqualTo(CHINESE.equals(language) ? "调研发现已保存。" : "Finding saved.");
        assertThat(browser.text()).contains(title, table.getFileName().toString());

        browser.submitConfirmed(By.id("submit-findings-button"));
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith(CHINESE.equals(language) ? "我的任务" : "My tasks");
    }

    /** The pager's next link swaps in the next page (htmx, which also puts it in the address), then all are read. */
    private void readsTheNotificationsAPageAtATimeAndMarksThemRead(String language) {
        browser.open("/notifications?size=1");
        browser.click(By.cssSelector(".pager-next"));
        browser.find(By.cssSelector(".pager-previous"));
        assertThat(browser.find(By.cssSelector(".pager-count")).getText())
                .matches(CHINESE.equals(language) ? "共 [\\d,]+ 条，第 2 / [\\d,]+ 页" : "[\\d,]+ in all, page 2 of [\\d,]+");
        assertThat(browser.currentPath()).isEqualTo("/notifications?size=1&page=1");
        browser.submit(By.id("mark-read-button"));
        assertThat(browser.find(By.id("unread-count")).getText()).isEqualTo("0");
    }

    private void leadSubmitsTheReport(long surveyId, String summary) {
        browser.signIn("li.wei", ENGLISH);
        browser.openTask(surveyId, "draftReport");
        browser.type(By.id("summary"), summary);
        browser.type(By.id("background"), "Background of the survey.");
        browser.type(By.id("method"), "Questionnaires and interviews.");
        browser.type(By.id("findings"), "Few firms use cloud services.");
        browser.type(By.id("recommendations"), "Subsidise cloud adoption.");
        browser.submit(By.id("save-draft"));
        assertThat(browser.find(By.cssSelector(".notice")).getText()).isEqualTo("Draft saved.");
        browser.submitConfirmed(By.id("submit-version"));
        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("In review");
    }

    private void reviewerReviews(long surveyId, String reviewer, String language, String recommendation,
                                 String comments) {
        browser.signIn(reviewer, language);
        browser.openTask(surveyId, "reviewReport");
        fillReview(recommendation, comments);
    }

    private void fillReview(String recommendation, String comments) {
        for (String criterion : new String[] {"relevance", "evidence", "feasibility", "clarity"}) {
            browser.click(By.id(criterion + "-4"));
        }
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("recommendation"))).selectByValue(recommendation);
        browser.type(By.id("commentsForAuthors"), comments);
        browser.submitConfirmed(By.id("submit-review"));
        assertThat(browser.currentPath()).isEqualTo("/");
    }

    private void leadRevisesTheReport(long surveyId, String summary) {
        browser.signIn("li.wei", ENGLISH);
        browser.openTask(surveyId, "draftReport");
        assertThat(browser.find(By.id("summary")).getAttribute("value"))
                .as("the revision starts from version 1").isEqualTo("The digital economy grows unevenly.");
        browser.type(By.id("summary"), summary);
        browser.submitConfirmed(By.id("submit-version"));
        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("In review");
    }

    private void reviewerSeesTheChangeAndAccepts(long surveyId, String reviewer) {
        browser.signIn(reviewer, CHINESE);
        browser.openTask(surveyId, "reviewReport");
        assertThat(browser.find(By.id("changes")).getText()).isEqualTo("自您评审第 1 版以来的修改");
        String added = browser.find(By.cssSelector("[data-section='summary'] pre.after ins")).getText();
        assertThat(added).contains("international comparison");
        assertThat(browser.all(By.cssSelector("[data-changed='true']"))).hasSize(1);
        fillReview("ACCEPT", "已补充，同意。");
    }

    private void organizerApproves(long surveyId) {
        browser.signIn("organizer2", CHINESE);
        browser.openTask(surveyId, "approveReport");
        browser.click(By.id("decision-APPROVE"));
        browser.submitConfirmed(By.id("submit-decision"));
        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("已发布");
        assertThat(browser.text()).contains("第 2 版");
    }

    private void organizerDownloadsTheReportAndTheWorkbook(long surveyId) throws IOException {
        browser.signIn("organizer", ENGLISH);
        browser.open("/surveys/" + surveyId);
        browser.all(By.cssSelector("#versions a.download-docx")).get(1).click();
        assertThat(Files.readAllBytes(browser.awaitDownload(".docx"))).startsWith('P', 'K');

        browser.submit(By.id("nav-dashboard"));
        browser.click(By.id("download-workbook"));
        assertThat(Files.readAllBytes(browser.awaitDownload(".xlsx"))).startsWith('P', 'K');
    }

    @Test
    void theTaskTabsSwitchInPlaceWithHtmx() {
        browser.signIn("wang.fang", ENGLISH);
        browser.open("/");
        browser.script("window.__samePage = true;");
        browser.click(By.id("tab-done"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("tab-done")).getAttribute("class").contains("active"));
        assertThat(browser.script("return window.__samePage === true;")).as("no page load").isEqualTo(true);
        assertThat(browser.currentPath()).isEqualTo("/?tab=done");
    }

    @Test
    void theHomePageFitsAPhoneScreen() {
        browser.signIn("wang.fang", CHINESE);
        browser.resize(375, 812);
        try {
            browser.open("/");
            Number overflow = (Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        } finally {
            browser.resize(1280, 1000);
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndEveryFieldHasALabel() {
        browser.signIn("wang.fang", ENGLISH);
        browser.open("/");
        browser.find(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.script("return document.activeElement.className;")).isEqualTo("skip");
        Number unlabelled = (Number) browser.script("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                  .filter(f => !(f.labels && f.labels.length) && !f.getAttribute('aria-label')).length;""");
        assertThat(unlabelled.intValue()).isZero();
    }
}
