package org.thinktank.surveyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;

/** The survey plan over the API: who reads and writes it, and what is refused. */
@IntegrationTest
class SurveyPlanApiIT {

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    Refusals refusals;

    private static String base(Survey survey) {
        return "/api/surveys/" + survey.id() + "/plan";
    }

    @Test
    void theLeadSavesTheDraftAndTheTeamReadsIt() {
        Survey survey = surveys.launchInPlanning();

        ApiClient.Response saved = api.as("li.wei").in("zh-CN").put(base(survey), Surveys.plan("摸清现状"));

        assertThat(saved.code()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body().path("status").asText()).isEqualTo("DRAFT");
        JsonNode read = api.as("wang.fang").in("zh-CN").get(base(survey)).body();
        assertThat(read.path("content").path("objectives").asText()).isEqualTo("摸清现状");
        assertThat(read.path("content").path("sites").get(0).path("place").asText()).isEqualTo("哈尔滨经开区 Harbin");
    }

    @Test
    void aDraftIsNotShownToTheOrganizersBeforeItIsSubmitted() {
        Survey survey = surveys.launchInPlanning();
        api.as("li.wei").in("en").put(base(survey), Surveys.plan("摸清现状"));

        refusals.expect(404, "has no survey plan yet", () -> api.as("organizer").in("en").get(base(survey)));
    }

    @Test
    void reviewersReadTheSubmittedPlanWithoutItsBudgetNote() {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "摸清现状");

        JsonNode forReviewer = api.as("zhou.qiang").in("en").get(base(survey)).body();
        JsonNode forOrganizer = api.as("organizer").in("en").get(base(survey)).body();

        assertThat(forReviewer.path("content").path("objectives").asText()).isEqualTo("摸清现状");
        assertThat(forReviewer.path("content").path("budgetNote").asText()).isEmpty();
        assertThat(forOrganizer.path("content").path("budgetNote").asText()).isEqualTo("差旅 3 万元 Travel 30,000 yuan");
    }

    @Test
    void someoneOffTheInvestigationMayNotReadItsPlan() {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "摸清现状");

        refusals.expect(403, "not assigned", () -> api.as("zhang.lei").in("en").get(base(survey)));
        refusals.expect(403, "not assigned", () -> api.as("wu.jing").in("en").get(base(survey) + "/versions"));
    }

    @Test
    void onlyTheLeadWritesThePlan() {
        Survey survey = surveys.launchInPlanning();

        refusals.expect(403, "lead", () -> api.as("wang.fang").in("en").put(base(survey), Surveys.plan("x")));
        refusals.expect(403, "lead", () -> api.as("organizer").in("en").put(base(survey), Surveys.plan("x")));
    }

    @Test
    void aPlanWithoutObjectivesIsNotSubmittedAndSaysWhichFieldIsMissing() {
        Survey survey = surveys.launchInPlanning();
        api.as("li.wei").in("en").put(base(survey), Surveys.plan(""));

        ApiClient.Response refused = refusals.expect(400, "Objectives: must be filled in before the plan is submitted",
                () -> api.as("li.wei").in("en").post(base(survey) + "/submit", null));

        assertThat(refused.code()).isEqualTo(400);
        assertThat(api.as("li.wei").in("zh-CN").post(base(survey) + "/submit", null).detail())
                .contains("调研目标：提交方案前必须填写");
    }

    @Test
    void aSiteThatEndsBeforeItStartsIsRefused() {
        Survey survey = surveys.launchInPlanning();
        Map<String, Object> plan = Map.of("objectives", "目标", "sites",
                List.of(Map.of("place", "大庆", "startsOn", "2026-05-08", "endsOn", "2026-05-04")));

        refusals.expect(400, "Last day at site 1: must not be before the first day",
                () -> api.as("li.wei").in("en").put(base(survey), plan));
    }

    @Test
    void sendingThePlanBackNeedsACommentInTheReadersLanguage() {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "摸清现状");

        refusals.expect(400, "退回方案时请说明负责人应修改什么", () -> api.as("organizer").in("zh-CN")
                .post(base(survey) + "/approval", Map.of("decision", "SEND_BACK")));
    }

    @Test
    void onlyOrganizersDecideOnThePlan() {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "摸清现状");

        refusals.expect(403, "Approve survey plan", () -> api.as("li.wei").in("en")
                .post(base(survey) + "/approval", Map.of("decision", "APPROVE")));
    }

    @Test
    void theVersionsListEachRoundWithTheCommentsThatSentItBack() {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "第一版");
        api.as("organizer").in("en").post(base(survey) + "/approval",
                Map.of("decision", "SEND_BACK", "comment", "请补充调研地点"));

        JsonNode versions = api.as("li.wei").in("en").get(base(survey) + "/versions").body();

        assertThat(versions).extracting(v -> v.path("status").asText()).containsExactly("SENT_BACK", "DRAFT");
        assertThat(versions.get(0).path("decisionComment").asText()).isEqualTo("请补充调研地点");
        assertThat(versions.get(1).path("content").path("objectives").asText()).isEqualTo("第一版");
    }

    @Test
    void aLaunchWhosePlanIsDueAfterTheFindingsIsRefused() {
        var request = surveys.launchRequest();

        refusals.expect(400, "Plan due: must not be after the findings due date", () -> api.as("organizer").in("en")
                .post("/api/surveys", request.withPlanDue(request.findingsDue().plusDays(1))));
        refusals.expect(400, "方案截止：不能晚于发现截止日期", () -> api.as("organizer").in("zh-CN")
                .post("/api/surveys", request.withPlanDue(request.findingsDue().plusDays(1))));
    }

    @Test
    void aLaunchWithoutAPlanDateIsRefused() {
        refusals.expect(400, "Plan due: must be given", () -> api.as("organizer").in("en")
                .post("/api/surveys", surveys.launchRequest().withPlanDue(null)));
    }
}
