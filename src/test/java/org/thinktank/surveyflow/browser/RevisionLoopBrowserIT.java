package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.RevisionRounds;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/**
 * The revision loop in a real (headless) browser, in Chinese and English: the lead reads the first round's reviews
 * on the revise page and answers each (with a live preview), the reviewers of the next round read their own review
 * and its answer above the diff, and the organizer follows the link from the scores to every answer. Screenshots of
 * each page, wide and at phone width, go to {@code target/screenshots/revision-*.png}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisionLoopBrowserIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    RevisionRounds rounds;
    @Autowired
    Surveys surveys;

    @Test
    void theLeadAnswersEachReviewAndEachReviewerReadsTheAnswerBesideTheDiff() throws IOException {
        Survey survey = rounds.sentBack();
        long first = rounds.reviewBy(survey, Surveys.REVIEWER_1).id();
        long second = rounds.reviewBy(survey, Surveys.REVIEWER_2).id();

        leadAnswersInChinese(survey, first, second);
        reviewerReadsTheAnswer(survey, "zhou.qiang", "en", "Your review of version 1 and the authors' response",
                "日本与德国", "谢谢");
        reviewerReadsTheAnswer(survey, "m.ivanov", "zh-CN", "您对第 1 版的审稿意见及作者答复", "谢谢", "日本与德国");
        surveys.reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
        organizerFollowsTheLinkToEveryAnswer(survey);
    }

    private void leadAnswersInChinese(Survey survey, long first, long second) throws IOException {
        browser.signIn("li.wei", "zh-CN");
        browser.open("/surveys/" + survey.id() + "/report");
        String reviews = browser.find(By.id("reviews-to-answer")).getText();
        assertThat(reviews).contains("第 1 版的审稿意见", "Zhou Qiang 周强 的审稿意见", "大修", "2 较差", "国际比较",
                "Mikhail Ivanov 的审稿意见", "接受").doesNotContain("保密：", "MAJOR_REVISION");

        browser.type(By.id("response-text-" + first), "已在第三节补充**日本与德国**的比较。");
        assertThat(browser.find(By.cssSelector("#preview-response-" + first + " strong")).getText())
                .as("the answer previews as it is typed").isEqualTo("日本与德国");
        browser.type(By.id("response-text-" + second), "谢谢，已修改措辞。");
        pictures("revise-zh");

        browser.type(By.id("summary"), "摘要：已补充国际比较。");
        submitConfirming(By.id("submit-version"));
        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("评审中");
    }

    private void reviewerReadsTheAnswer(Survey survey, String reviewer, String language, String heading,
                                        String ownAnswer, String othersAnswer) throws IOException {
        browser.signIn(reviewer, language);
        browser.open("/surveys/" + survey.id() + "/review");
        String previous = browser.find(By.id("previous-review")).getText();
        assertThat(previous).contains(heading, ownAnswer).doesNotContain(othersAnswer);
        assertThat(browser.find(By.id("changes")).getLocation().getY())
                .as("the diff comes right after the answer").isGreaterThan(browser.find(By.id("previous-review"))
                        .getLocation().getY());
        pictures("review-" + language);
    }

    private void organizerFollowsTheLinkToEveryAnswer(Survey survey) throws IOException {
        browser.signIn("organizer", "en");
        browser.open("/surveys/" + survey.id() + "/decision");
        assertThat(browser.find(By.id("scores")).getText()).contains("Accept");
        browser.click(By.id("to-responses"));
        assertThat(browser.currentPath()).endsWith("#responses");
        assertThat(browser.find(By.id("responses")).getText()).contains(
                "The authors' responses to the reviews of version 1", "日本与德国", "谢谢，已修改措辞。", "Major revision");
        pictures("decision-en");
    }

    /** The page as it is, wide and at phone width. */
    private void pictures(String name) throws IOException {
        browser.screenshot(SCREENSHOTS.resolve("revision-" + name + ".png"));
        browser.resize(375, 1000);
        browser.screenshot(SCREENSHOTS.resolve("revision-" + name + "-375.png"));
        browser.resize(1280, 1000);
    }

    /** Submits and accepts the confirmation an irreversible action may ask for, then waits for the next page. */
    private void submitConfirming(By button) {
        browser.script("window.__surveyflowOldPage = true;");
        browser.click(button);
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(2)).until(ExpectedConditions.alertIsPresent())
                    .accept();
        } catch (TimeoutException noConfirmation) {
            // this page asks for none
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !window.__surveyflowOldPage && document.readyState === 'complete';")));
    }
}
