package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/**
 * Changes of team in a real (headless) browser, in Chinese and in English: a reviewer declines their review with a
 * reason on the review page; an organizer sees the review waiting and the decline on the team page, assigns another
 * reviewer, who gets the waiting review, and gives a researcher's place to someone else.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamChangesBrowserIT extends BrowserTest {

    @Autowired
    Surveys surveys;

    @Test
    void inChineseAReviewerDeclinesAndAnOrganizerAssignsAnotherAndReplacesAResearcher() throws IOException {
        Survey survey = surveys.inReview();

        browser.signIn("m.ivanov", "zh-CN");
        browser.open("/surveys/" + survey.id() + "/review");
        browser.type(By.id("decline-reason"), "本月出国访问，无法按期评审");
        keepScreenshot("team-decline-zh");
        browser.submitConfirmed(By.id("decline-review"));
        assertThat(browser.text()).contains("您已谢绝评审，组织方已收到通知。");

        browser.signIn("organizer", "zh-CN");
        browser.open("/surveys/" + survey.id() + "/team");
        assertThat(browser.find(By.id("waiting-reviews")).getText()).contains("有 1 项评审等待评审专家");
        assertThat(browser.find(By.id("declines")).getText()).contains("Mikhail Ivanov", "本月出国访问，无法按期评审");
        new Select(browser.find(By.id("add-reviewers-person"))).selectByValue("wu.jing");
        browser.submitConfirmed(By.id("add-reviewers-submit"));
        assertThat(browser.find(By.id("team-notice")).getText()).isEqualTo("人员已调整。");
        assertThat(browser.find(By.id("reviewers-table")).getText()).contains("Wu Jing 吴静");
        assertThat(browser.all(By.id("waiting-reviews"))).isEmpty();

        new Select(browser.find(By.id("replace-researchers-1"))).selectByValue("liu.yang");
        browser.submitConfirmed(By.id("replace-researchers-1-submit"));
        assertThat(browser.all(By.cssSelector("#researchers-table tbody td:first-child")).stream()
                .map(WebElement::getText)).containsExactly("Li Wei 李伟 课题负责人", "Liu Yang 刘洋");
        keepScreenshot("team-page-zh");
    }

    @Test
    void inEnglishAReviewerDeclinesAndAnOrganizerAssignsAnotherAndReplacesAResearcher() throws IOException {
        Survey survey = surveys.inReview();

        browser.signIn("zhou.qiang", "en");
        browser.open("/surveys/" + survey.id() + "/review");
        browser.type(By.id("decline-reason"), "I advised the team last year");
        browser.submitConfirmed(By.id("decline-review"));
        assertThat(browser.text()).contains("You declined the review; the organizers have been told.");

        browser.signIn("organizer2", "en");
        browser.open("/surveys/" + survey.id() + "/team");
        assertThat(browser.find(By.id("waiting-reviews")).getText()).startsWith("One review waits for a reviewer");
        keepScreenshot("team-waiting-en");
        new Select(browser.find(By.id("add-reviewers-person"))).selectByValue("wu.jing");
        browser.submitConfirmed(By.id("add-reviewers-submit"));
        assertThat(browser.find(By.id("team-notice")).getText()).isEqualTo("The team was changed.");

        new Select(browser.find(By.id("replace-researchers-1"))).selectByValue("liu.yang");
        browser.submitConfirmed(By.id("replace-researchers-1-submit"));
        assertThat(browser.find(By.id("researchers-table")).getText()).contains("Liu Yang 刘洋");
        keepScreenshot("team-page-en");
        browser.resize(375, 812);
        try {
            keepScreenshot("team-page-phone-en");
        } finally {
            browser.resize(1280, 1000);
        }
    }
}
