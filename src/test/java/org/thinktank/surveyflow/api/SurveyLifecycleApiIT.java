package org.thinktank.surveyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The whole story over HTTP, as the three roles: an organizer launches, the lead's survey plan is approved, two
 * researchers submit findings, the lead
 * drafts, two reviewers review with one revision loop, and the organizer approves.
 */
@IntegrationTest
class SurveyLifecycleApiIT {

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    WorkCalendar calendar;

    @Test
    void anInvestigationGoesFromLaunchThroughOneRevisionToPublication() {
        ApiClient organizer = api.as("organizer");
        ApiClient lead = api.as("li.wei");
        ApiClient researcher = api.as("wang.fang");
        ApiClient reviewer1 = api.as("zhou.qiang");
        ApiClient reviewer2 = api.as("m.ivanov");

        Response launched = organizer.post("/api/surveys", surveys.launchRequest());
        assertThat(launched.code()).as(launched.toString()).isEqualTo(201);
        long id = launched.body().path("id").asLong();
        String base = "/api/surveys/" + id;
        assertThat(launched.body().path("stage").asText()).isEqualTo("PLANNING");

        assertThat(lead.put(base + "/plan", Surveys.plan("摸清现状 Map the state")).code()).isEqualTo(200);
        assertThat(lead.post(base + "/plan/submit", null).code()).isEqualTo(204);
        assertThat(organizer.post(base + "/plan/approval", Map.of("decision", "APPROVE")).code()).isEqualTo(204);
        assertThat(stageOf(organizer, id)).isEqualTo("FINDINGS");

        for (ApiClient member : List.of(lead, researcher)) {
            Response added = member.post(base + "/findings", Surveys.finding("黑土层年均变薄 Thinning soil"));
            assertThat(added.code()).as(added.toString()).isEqualTo(201);
            assertThat(added.body().path("figures").get(0).path("name").asText()).isEqualTo("受访企业数");
            String taskId = member.openTask(id, "submitFindings");
            assertThat(member.post("/api/tasks/" + taskId + "/complete", Map.of()).code()).isEqualTo(204);
        }
        assertThat(researcher.get(base + "/findings").body().path("items")).hasSize(2);
        // the engine joins the findings tasks in a job of its own, which the job executor runs moments later
        assertThat(stageOf(organizer, id)).isEqualTo("FINDINGS");
        processes.runAsyncContinuations();
        assertThat(stageOf(organizer, id)).isEqualTo("DRAFTING");

        assertThat(lead.put(base + "/report/draft", Surveys.sections("第一版 v1")).code()).isEqualTo(200);
        assertThat(lead.post(base + "/report/submit", null).code()).isEqualTo(204);
        assertThat(stageOf(organizer, id)).isEqualTo("REVIEW");

        Response v1 = reviewer1.get(base + "/report/versions/1");
        assertThat(v1.code()).isEqualTo(200);
        assertThat(v1.body().path("sections").path("summary").asText()).isEqualTo("摘要 Summary 第一版 v1");
        assertThat(reviewer1.post(base + "/reviews", reviewBody("MINOR_REVISION")).code()).isEqualTo(204);
        String reviewTask = reviewer2.openTask(id, "reviewReport");
        assertThat(reviewer2.post("/api/tasks/" + reviewTask + "/complete", reviewBody("ACCEPT")).code()).isEqualTo(204);
        assertThat(stageOf(organizer, id)).isEqualTo("DRAFTING");

        JsonNode reviewsForTheTeam = lead.get(base + "/reviews").body();
        assertThat(reviewsForTheTeam).hasSize(2);
        assertThat(reviewsForTheTeam.get(0).has("confidentialComments")).isFalse();

        assertThat(lead.put(base + "/report/draft", Surveys.sections("第二版 v2")).body().path("number").asInt())
                .isEqualTo(2);
        assertThat(lead.post(base + "/report/submit", null).code()).isEqualTo(204);
        assertThat(reviewer1.post(base + "/reviews", reviewBody("ACCEPT")).code()).isEqualTo(204);
        assertThat(reviewer2.post(base + "/reviews", reviewBody("ACCEPT")).code()).isEqualTo(204);
        assertThat(stageOf(organizer, id)).isEqualTo("APPROVAL");

        assertThat(organizer.get(base + "/reviews").body().get(0).path("confidentialComments").asText())
                .contains("保密意见");
        assertThat(organizer.post(base + "/approval", Map.of("decision", "APPROVE")).code()).isEqualTo(204);

        JsonNode details = organizer.get(base).body();
        assertThat(details.path("survey").path("stage").asText()).isEqualTo("PUBLISHED");
        assertThat(kindsOf(details.path("history"))).containsSubsequence("LAUNCHED", "FINDINGS_SUBMITTED",
                "FINDINGS_SUBMITTED", "VERSION_SUBMITTED", "REVIEW_SUBMITTED", "REVIEW_SUBMITTED", "REVIEWS_TALLIED",
                "REVISION_PLANNED", "VERSION_SUBMITTED", "REVIEWS_TALLIED", "APPROVAL_DECIDED", "PUBLISHED");
        assertThat(lead.get(base + "/report/versions").body()).extracting(v -> v.path("status").asText())
                .containsExactly("SUBMITTED", "SUBMITTED");
        assertThat(api.as("organizer").get("/api/tasks/done?surveyId=" + id).body().path("items"))
                .extracting(t -> t.path("key").asText()).contains("approveReport");
        assertThat(lead.get("/api/tasks/done?surveyId=" + id).body().path("items"))
                .extracting(t -> t.path("surveyId").asLong()).contains(id);
    }

    @Test
    void myTasksShowWhatIsDueAndWhen() {
        long id = api.as("organizer").post("/api/surveys", surveys.launchRequest()).body().path("id").asLong();
        surveys.planApproved(surveys.reloadById(id));

        JsonNode task = StreamSupport.stream(api.as("wang.fang").get("/api/tasks?surveyId=" + id).body().path("items")
                .spliterator(), false).filter(t -> t.path("surveyId").asLong() == id).findFirst().orElseThrow();

        assertThat(task.path("name").asText()).isEqualTo("Submit findings");
        assertThat(task.path("topic").asText()).contains("数字经济");
        assertThat(task.path("due").asText())
                .isEqualTo(calendar.endOf(surveys.launchRequest().findingsDue()).toString());
        assertThat(task.path("overdue").asBoolean()).isFalse();
    }

    @Test
    void organizersWatchWhoHoldsWhichOpenTask() {
        long id = api.as("organizer").post("/api/surveys", surveys.launchRequest()).body().path("id").asLong();
        surveys.planApproved(surveys.reloadById(id));

        assertThat(api.as("organizer").get("/api/surveys/" + id + "/tasks").body())
                .extracting(t -> t.path("assignee").asText()).containsExactlyInAnyOrder("li.wei", "wang.fang");
        assertThat(api.as("zhang.lei").get("/api/surveys/" + id + "/tasks").code()).isEqualTo(403);
    }

    @Test
    void theApiIsDescribedByOpenApiWithoutSigningIn() {
        ApiClient.Response docs = api.anonymous().get("/v3/api-docs");

        assertThat(docs.code()).isEqualTo(200);
        assertThat(docs.body().path("info").path("title").asText()).isEqualTo("Think Tank Survey Workflow API");
        assertThat(docs.body().path("paths").has("/api/surveys/{surveyId}/reviews")).isTrue();
    }

    private static Map<String, Object> reviewBody(String recommendation) {
        return Map.of("relevance", 4, "evidence", 3, "feasibility", 4, "clarity", 5,
                "recommendation", recommendation, "commentsForAuthors", "请补充 2018 年数据 Add 2018 data",
                "confidentialComments", "保密意见 for organizers only");
    }

    private static String stageOf(ApiClient user, long surveyId) {
        return user.get("/api/surveys/" + surveyId).body().path("survey").path("stage").asText();
    }

    private static List<String> kindsOf(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(e -> e.path("kind").asText()).toList();
    }
}
