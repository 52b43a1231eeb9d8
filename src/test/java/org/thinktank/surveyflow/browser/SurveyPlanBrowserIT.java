package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/**
 * The survey plan in a real (headless) browser, in Chinese and in English: the lead writes and submits the plan from
 * their task, an organizer sends it back with comments, the lead revises it, and the organizer, shown what changed,
 * approves it; the findings then open.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyPlanBrowserIT extends BrowserTest {

    @Autowired
    Surveys surveys;

    private void writePlan(String objectives, String place) {
        browser.type(By.id("objectives"), objectives);
        browser.type(By.id("researchQuestions"), "中小企业为何上云缓慢？");
        browser.type(By.id("sitePlace-0"), place);
        browser.setValue(By.id("siteStartsOn-0"), "2026-05-04");
        browser.setValue(By.id("siteEndsOn-0"), "2026-05-08");
        browser.type(By.id("methods"), "问卷调查与访谈");
        browser.type(By.id("budgetNote"), "差旅 3 万元");
        browser.submit(By.id("save-plan"));
    }

    @Test
    void inChineseTheLeadSubmitsThePlanAndTheOrganizerSendsItBackThenApprovesIt() throws IOException {
        Survey survey = surveys.launchInPlanning();

        browser.signIn("li.wei", "zh-CN");
        browser.openTask(survey.id(), "submitPlan");
        assertThat(browser.find(By.tagName("h1")).getText()).contains("调研方案");
        writePlan("摸清数字经济发展现状", "哈尔滨经开区");
        assertThat(browser.text()).contains("调研方案已保存。");
        keepScreenshot("plan-form-zh");
        assertThat(browser.find(By.id("sitePlace-0")).getAttribute("value")).isEqualTo("哈尔滨经开区");
        browser.submitConfirmed(By.id("submit-plan-button"));

        browser.signIn("organizer", "zh-CN");
        browser.openTask(survey.id(), "approvePlan");
        assertThat(browser.find(By.id("plan-objectives")).getText()).isEqualTo("摸清数字经济发展现状");
        browser.click(By.id("decision-SEND_BACK"));
        browser.type(By.id("comment"), "请补充大庆的调研安排");
        browser.submitConfirmed(By.id("decide-plan"));
        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("制定调研方案");

        browser.signIn("li.wei", "zh-CN");
        browser.openTask(survey.id(), "submitPlan");
        assertThat(browser.find(By.id("sent-back-comment")).getText()).isEqualTo("请补充大庆的调研安排");
        writePlan("摸清数字经济发展现状，并比较哈尔滨与大庆", "大庆高新区");
        browser.submitConfirmed(By.id("submit-plan-button"));

        browser.signIn("organizer", "zh-CN");
        browser.openTask(survey.id(), "approvePlan");
        assertThat(browser.find(By.id("changes")).getText()).isEqualTo("与第 1 版相比的修改");
        assertThat(browser.find(By.cssSelector("[data-section='objectives'] .after ins")).getText()).contains("并比较哈尔滨与大庆");
        keepScreenshot("plan-approval-zh");
        browser.click(By.id("decision-APPROVE"));
        browser.submitConfirmed(By.id("decide-plan"));

        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("收集调研发现");
        assertThat(browser.find(By.id("plan")).getText()).contains("第 2 版（已批准）", "大庆高新区");
        keepScreenshot("plan-survey-zh");
    }

    @Test
    void inEnglishTheOrganizerSeesThePlanStepsOnTheMapAndApprovesTheFirstVersion() throws IOException {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "Map the digital economy 摸清现状");

        browser.signIn("organizer", "en");
        browser.open("/surveys/" + survey.id());
        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("Planning the survey");
        assertThat(browser.find(By.id("map-current")).getAttribute("data-element")).isEqualTo("approvePlan");
        keepScreenshot("plan-map-en");
        browser.openTask(survey.id(), "approvePlan");
        assertThat(browser.find(By.tagName("h1")).getText()).endsWith("decide on the survey plan");
        keepScreenshot("plan-approval-en");
        browser.click(By.id("decision-APPROVE"));
        browser.submitConfirmed(By.id("decide-plan"));

        assertThat(browser.find(By.id("stage-name")).getText()).isEqualTo("Collecting findings");
        assertThat(browser.find(By.id("plan")).getText()).contains("Version 1 (approved)");
    }
}
