package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Awareness in a real (headless) browser, in Chinese and in English: the holder of an overdue task signs in (in
 * their language), an organizer sees how long it is overdue and nudges (催办) them; the holder sees the unread badge
 * beside their display name, reads the nudge in their language, and marking it read clears the badge.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwarenessBrowserIT extends BrowserTest {

    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    WorkCalendar calendar;

    @Test
    void inChineseAnOrganizerNudgesAnOverdueResearcherWhoSeesItAndClearsTheBadge() throws IOException {
        Survey survey = findingsTwoDaysOverdue();
        markAllRead("wang.fang", "zh-CN");

        browser.signIn("organizer", "zh-CN");
        browser.open("/surveys/" + survey.id());
        assertThat(browser.find(By.id("signed-in-as")).getText()).isEqualTo("Zhao Min 赵敏");
        assertThat(stepOf("Wang Fang 王芳")).contains("已逾期 2 天", "催办");
        keepScreenshot("awareness-survey-zh");
        browser.submit(By.cssSelector("#steps tr[data-task='submitFindings'] form.nudge button[aria-label*='Wang Fang']"));
        assertThat(browser.find(By.id("nudge-notice")).getText()).startsWith("已催办Wang Fang 王芳");
        assertThat(stepOf("Wang Fang 王芳")).contains("今日已催办");

        browser.signIn("wang.fang", "zh-CN");
        assertThat(browser.find(By.id("signed-in-as")).getText()).isEqualTo("Wang Fang 王芳");
        assertThat(browser.find(By.cssSelector("#unread-badge [aria-hidden]")).getText()).isEqualTo("1");
        assertThat(browser.find(By.cssSelector("#task-list tr.overdue .due-left")).getText()).startsWith("已逾期");
        keepScreenshot("awareness-tasks-zh");
        browser.submit(By.id("nav-notifications"));
        assertThat(browser.find(By.cssSelector("[data-kind='NUDGE']")).getText())
                .contains("催办", "提交调研发现", "Zhao Min 赵敏");
        keepScreenshot("awareness-notifications-zh");
        browser.submit(By.cssSelector("[data-kind='NUDGE'] .notice-open button"));
        assertThat(browser.currentPath()).isEqualTo("/surveys/" + survey.id());
        assertThat(browser.all(By.id("unread-badge"))).isEmpty();
    }

    @Test
    void inEnglishAnOrganizerNudgesAnOverdueLeadWhoSeesItAndClearsTheBadge() throws IOException {
        Survey survey = findingsTwoDaysOverdue();
        markAllRead("li.wei", "en");

        browser.signIn("organizer2", "en");
        browser.open("/surveys/" + survey.id());
        assertThat(stepOf("Li Wei 李伟")).contains("2 days overdue", "Nudge");
        browser.submit(By.cssSelector("#steps tr[data-task='submitFindings'] form.nudge button[aria-label*='Li Wei']"));
        assertThat(browser.find(By.id("nudge-notice")).getText()).startsWith("Li Wei 李伟 has been nudged");
        keepScreenshot("awareness-survey-en");

        browser.signIn("li.wei", "en");
        assertThat(browser.find(By.cssSelector("#unread-badge .sr-only")).getAttribute("textContent"))
                .isEqualTo("1 unread notification");
        browser.submit(By.id("nav-notifications"));
        assertThat(browser.find(By.cssSelector("[data-kind='NUDGE']")).getText())
                .contains("Please finish", "Submit findings", "Chen Jie 陈杰");
        browser.submit(By.id("mark-read-button"));
        assertThat(browser.all(By.id("unread-badge"))).isEmpty();
    }

    @Test
    void atPhoneWidthTheStepsWithDaysLeftAndTheNudgeFit() throws IOException {
        Survey survey = findingsTwoDaysOverdue();
        browser.signIn("organizer", "zh-CN");
        browser.resize(375, 800);
        try {
            browser.open("/surveys/" + survey.id() + "#steps");
            assertThat(browser.find(By.cssSelector("#steps .due-left")).isDisplayed()).isTrue();
            keepScreenshot("awareness-survey-zh-375");
        } finally {
            browser.resize(1280, 900);
        }
    }

    private Survey findingsTwoDaysOverdue() {
        Survey survey = surveys.launch();
        processes.moveDueDates(survey, calendar.now().minus(Duration.ofDays(2)));
        return survey;
    }

    /** The holder signs in (so their language is known) and reads what they had, so the badge counts only what follows. */
    private void markAllRead(String holder, String language) {
        browser.signIn(holder, language);
        browser.open("/notifications");
        if (!browser.all(By.id("mark-read-button")).isEmpty()) {
            browser.submit(By.id("mark-read-button"));
        }
    }

    private String stepOf(String holder) {
        return browser.all(By.cssSelector("#steps tr[data-task='submitFindings']")).stream()
                .filter(row -> row.getText().contains(holder)).findFirst()
                .orElseThrow(() -> new AssertionError("no findings step of " + holder)).getText();
    }

}
