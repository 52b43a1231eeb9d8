package org.thinktank.surveyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;

/** Who may do what: each rule refused with 401 or 403, a message, and no change to the database. */
@IntegrationTest
class AccessRulesIT {

    @Autowired
    Api api;
    @Autowired
    Refusals refusals;
    @Autowired
    Surveys surveys;
    @Autowired
    FindingsBook findings;
    @Autowired
    ReportArchive reports;

    private static final Map<String, Object> REVIEW = Map.of("relevance", 4, "evidence", 4, "feasibility", 4,
            "clarity", 4, "recommendation", "ACCEPT", "commentsForAuthors", "Fine");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li.wei", "zhou.qiang"})
    void researchersAndReviewersMayNotLaunchInvestigations(String username) {
        refusals.expect(403, "Only organizers launch investigations",
                () -> api.as(username).post("/api/surveys", surveys.launchRequest()));
    }

    @Test
    void aResearcherSeesOnlyInvestigationsWhoseTeamTheyAreOn() {
        Survey survey = surveys.launch();

        refusals.expect(403, "You are not assigned to investigation " + survey.businessKey(),
                () -> api.as("zhang.lei").get("/api/surveys/" + survey.id()));
        refusals.expect(403, "You are not assigned", () -> api.as("zhang.lei").get("/api/surveys/" + survey.id() + "/findings"));
        assertThat(api.as("zhang.lei").get("/api/surveys").body().path("items")).extracting(s -> s.path("id").asLong())
                .doesNotContain(survey.id());
        assertThat(api.as("wang.fang").get("/api/surveys").body().path("items")).extracting(s -> s.path("id").asLong())
                .contains(survey.id());
    }

    @Test
    void aReviewerSeesOnlyInvestigationsTheyReview() {
        Survey survey = surveys.launch();

        refusals.expect(403, "You are not assigned", () -> api.as("wu.jing").get("/api/surveys/" + survey.id()));
        assertThat(api.as("zhou.qiang").get("/api/surveys/" + survey.id()).code()).isEqualTo(200);
    }

    @Test
    void aReviewerSeesSubmittedVersionsButNeverTheDraft() {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.MINOR_REVISION, Recommendation.ACCEPT);
        reports.saveDraft(survey.id(), Surveys.LEAD, Surveys.sections("v2 draft"));

        assertThat(api.as("zhou.qiang").get("/api/surveys/" + survey.id() + "/report/versions/1").code()).isEqualTo(200);
        refusals.expect(404, "has no version 2 you may read",
                () -> api.as("zhou.qiang").get("/api/surveys/" + survey.id() + "/report/versions/2"));
        refusals.expect(403, "Only the team",
                () -> api.as("zhou.qiang").get("/api/surveys/" + survey.id() + "/report/draft"));
        assertThat(api.as("zhou.qiang").get("/api/surveys/" + survey.id() + "/report/versions").body())
                .extracting(v -> v.path("number").asInt()).containsExactly(1);
    }

    @Test
    void aReviewerReadsOnlyTheirOwnReviews() {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.MINOR_REVISION, Recommendation.ACCEPT);

        assertThat(api.as("zhou.qiang").get("/api/surveys/" + survey.id() + "/reviews").body())
                .extracting(r -> r.path("reviewer").asText()).containsExactly("zhou.qiang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhang.lei", "wu.jing", "admin"})
    void aTaskOfAnInvestigationSomeoneMayNotSeeDoesNotExistForThemOpenOrDone(String outsider) {
        Survey survey = surveys.launch();
        String task = api.as("li.wei").openTask(survey.id(), "submitFindings");
        ApiClient.Response whileOpen = api.as(outsider).post("/api/tasks/" + task + "/complete", Map.of());
        surveys.allFindingsIn(survey);
        ApiClient.Response whenDone = api.as(outsider).post("/api/tasks/" + task + "/complete", Map.of());

        assertThat(List.of(whileOpen, whenDone)).allSatisfy(answer -> {
            assertThat(answer.code()).isEqualTo(404);
            assertThat(answer.detail()).isEqualTo("There is no task " + task);
        });
    }

    @Test
    void onlyTheAssigneeCompletesATask() {
        Survey survey = surveys.launch();
        findings.add(survey.id(), Surveys.LEAD, Surveys.finding("李伟的发现"));
        String leadsTask = api.as("li.wei").openTask(survey.id(), "submitFindings");

        refusals.expect(403, "is not yours",
                () -> api.as("wang.fang").post("/api/tasks/" + leadsTask + "/complete", Map.of()));
        refusals.expect(403, "is not yours",
                () -> api.as("organizer").post("/api/tasks/" + leadsTask + "/complete", Map.of()));
    }

    @Test
    void onlyTheAuthorEditsAFindingAndOthersDoNotSeeItsDraft() {
        Survey survey = surveys.launch();
        long findingId = findings.add(survey.id(), Surveys.LEAD, Surveys.finding("草稿 draft")).id();

        refusals.expect(403, "Only li.wei may edit finding " + findingId,
                () -> api.as("wang.fang").put("/api/surveys/" + survey.id() + "/findings/" + findingId,
                        Surveys.finding("改写 rewritten")));
        assertThat(api.as("wang.fang").get("/api/surveys/" + survey.id() + "/findings").body().path("items")).isEmpty();
        assertThat(api.as("li.wei").get("/api/surveys/" + survey.id() + "/findings").body().path("items")).hasSize(1);
    }

    @Test
    void reviewersAndOrganizersMayNotAddFindings() {
        Survey survey = surveys.launch();

        refusals.expect(403, "Only the team", () -> api.as("zhou.qiang")
                .post("/api/surveys/" + survey.id() + "/findings", Surveys.finding("x")));
        refusals.expect(403, "Only the team", () -> api.as("organizer")
                .post("/api/surveys/" + survey.id() + "/findings", Surveys.finding("x")));
    }

    @Test
    void onlyTheLeadWritesTheReport() {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);

        refusals.expect(403, "Only the lead researcher", () -> api.as("wang.fang")
                .put("/api/surveys/" + survey.id() + "/report/draft", Surveys.sections("v1")));
        refusals.expect(403, "is not yours", () -> api.as("wang.fang").post("/api/surveys/" + survey.id() + "/report/submit", null));
    }

    @Test
    void onlyTheAssignedReviewersReview() {
        Survey survey = surveys.inReview();

        refusals.expect(403, "is not yours", () -> api.as("li.wei").post("/api/surveys/" + survey.id() + "/reviews", REVIEW));
        refusals.expect(403, "You are not assigned",
                () -> api.as("wu.jing").post("/api/surveys/" + survey.id() + "/reviews", REVIEW));
    }

    @Test
    void aReviewerNeverReviewsAReportTheyCoWrite() {
        LaunchRequest coWritten = surveys.launchRequest().withReviewers(List.of("zhou.qiang", "wang.fang"));

        refusals.expect(400, "wang.fang is on the team and may not review a report they co-write",
                () -> api.as("organizer").post("/api/surveys", coWritten));
    }

    @Test
    void onlyOrganizersApprove() {
        Survey survey = surveys.awaitingApproval();
        String approvalTask = api.as("organizer").openTask(survey.id(), "approveReport");

        refusals.expect(403, "is not yours", () -> api.as("li.wei")
                .post("/api/surveys/" + survey.id() + "/approval", Map.of("decision", "APPROVE")));
        refusals.expect(403, "is not yours", () -> api.as("zhou.qiang")
                .post("/api/tasks/" + approvalTask + "/complete", Map.of("decision", "APPROVE")));
    }

    @Test
    void onlyOrganizersDecideOnARejectedReport() {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.REJECT, Recommendation.ACCEPT);

        refusals.expect(403, "is not yours", () -> api.as("m.ivanov")
                .post("/api/surveys/" + survey.id() + "/rejection-decision", Map.of("decision", "CLOSE", "reason", "x")));
    }

    @Test
    void theTeamReadsNoReviewOfARoundInProgress() {
        Survey survey = surveys.inReview();

        assertThat(api.as("zhou.qiang").post("/api/surveys/" + survey.id() + "/reviews", REVIEW).code()).isEqualTo(204);

        assertThat(api.as("li.wei").get("/api/surveys/" + survey.id() + "/reviews").body()).isEmpty();
        assertThat(api.as("organizer").get("/api/surveys/" + survey.id() + "/reviews").body()).hasSize(1);
    }

    @Test
    void theTeamReadsFinishedReviewsWithoutTheConfidentialComments() {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.MINOR_REVISION, Recommendation.ACCEPT);

        assertThat(api.as("wang.fang").get("/api/surveys/" + survey.id() + "/reviews").body()).hasSize(2)
                .allSatisfy(review -> assertThat(review.has("confidentialComments")).isFalse());
    }

    @Test
    void camundaWebappsAndEngineApiAreForAdminsOnly() {
        refusals.expect(403, "Your role may not use", () -> api.as("organizer").get("/engine-rest/engine"));
        refusals.expect(403, "Your role may not use", () -> api.as("li.wei").get("/camunda/app/cockpit/"));
        assertThat(api.as("admin").get("/engine-rest/engine").code()).isEqualTo(200);
    }

    @Test
    void adminsRunTheEngineButSeeNoInvestigationContent() {
        Survey survey = surveys.launch();

        refusals.expect(403, "You are not assigned", () -> api.as("admin").get("/api/surveys/" + survey.id()));
    }

    @Test
    void anonymousCallersMustSignIn() {
        ApiClient.Response response = refusals.expect(401, "Sign in", () -> api.anonymous().get("/api/surveys"));
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void healthProbesAnswerWithoutSigningIn() {
        assertThat(api.anonymous().get("/actuator/health/readiness").body().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void aWrongPasswordIsRefused() {
        refusals.expect(401, "Sign in", () -> api.as("organizer", "not-the-password").get("/api/surveys"));
    }

    @Test
    void onlyAdminsManageAccounts() {
        refusals.expect(403, "Only admins manage user accounts", () -> api.as("organizer").post("/api/users",
                Map.of("username", "new.person", "displayName", "New", "role", "ORGANIZER", "password", "long-enough-1")));
    }
}
