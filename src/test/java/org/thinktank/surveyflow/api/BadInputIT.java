package org.thinktank.surveyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.JsonBodies;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/** Bad input gets a 4xx that says what was wrong, and leaves nothing half written. */
@IntegrationTest
class BadInputIT {

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
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkCalendar calendar;

    private ApiClient organizer() {
        return api.as("organizer");
    }

    private Map<String, Object> launch(Object... overrides) {
        return JsonBodies.of(json, surveys.launchRequest(), overrides);
    }

    @Test
    void aLaunchWithoutItsFieldsNamesEachMissingOne() {
        ApiClient.Response response = refusals.expect(400, "Topic: must not be blank",
                () -> organizer().post("/api/surveys", Map.of()));

        assertThat(response.body().path("errors")).extracting(e -> e.path("message").asText()).contains(
                "Meeting code: must not be blank", "Lead researcher: must not be blank", "Region: must not be blank",
                "Reviewers: must have at least one", "Findings due: must be given", "Approval due: must be given");
    }

    @Test
    void anOversizedTopicIsRefused() {
        refusals.expect(400, "Topic: must be at most 300 characters",
                () -> organizer().post("/api/surveys", launch("topic", "调".repeat(301))));
    }

    @Test
    void unknownMeetingsAndPeopleAreNamed() {
        ApiClient.Response response = refusals.expect(400, "Meeting code: there is no meeting 'NOPE'",
                () -> organizer().post("/api/surveys", launch("meetingCode", "NOPE", "team", List.of("ghost"))));

        assertThat(response.detail()).contains("Team: there is no user 'ghost'");
    }

    @Test
    void peopleMustHaveTheRoleTheyAreGiven() {
        refusals.expect(400, "Lead researcher: zhou.qiang is a Reviewer, not a Researcher",
                () -> organizer().post("/api/surveys", launch("lead", "zhou.qiang")));
        refusals.expect(400, "Reviewers: zhang.lei is a Researcher, not a Reviewer",
                () -> organizer().post("/api/surveys", launch("reviewers", List.of("zhang.lei"))));
    }

    @Test
    void dueDatesMustBeInOrderAndNotInThePast() {
        LocalDate today = calendar.today();
        ApiClient.Response response = refusals.expect(400, "Findings due: " + today.minusDays(1) + " is in the past",
                () -> organizer().post("/api/surveys", launch("findingsDue", today.minusDays(1).toString(),
                        "reviewDue", today.plusDays(1).toString())));

        assertThat(response.detail()).contains("Review due: must not be before Draft due");
    }

    @Test
    void aMalformedDateSaysWhichField() {
        refusals.expect(400, "Draft due: must be a date like 2026-12-01, not '2026-13-45'",
                () -> organizer().post("/api/surveys", launch("draftDue", "2026-13-45")));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        refusals.expect(400, "not valid JSON", () -> organizer().post("/api/surveys", "{\"topic\": "));
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        refusals.expect(400, "colour: unknown field", () -> organizer().post("/api/surveys", launch("colour", "red")));
    }

    @Test
    void anUnknownInvestigationIs404() {
        refusals.expect(404, "There is no investigation 987654", () -> organizer().get("/api/surveys/987654"));
        refusals.expect(400, "Investigation number: must be a whole number, not 'abc'", () -> organizer().get("/api/surveys/abc"));
    }

    @Test
    void aFindingWithAnUnknownMethodListsTheAllowedOnes() {
        Survey survey = surveys.launch();
        Map<String, Object> finding = new HashMap<>(json.convertValue(Surveys.finding("x"), Map.class));
        finding.put("method", "GUESSWORK");

        refusals.expect(400, "Method: 'GUESSWORK' is not one of Questionnaire, Interview",
                () -> api.as("li.wei").post("/api/surveys/" + survey.id() + "/findings", finding));
    }

    @Test
    void aFindingNeedsItsTitleEvidenceAndNumericFigures() {
        Survey survey = surveys.launch();
        Map<String, Object> finding = new HashMap<>(json.convertValue(Surveys.finding("x"), Map.class));
        finding.put("title", " ");
        finding.put("evidence", "");
        finding.put("figures", List.of(Map.of("name", "受访企业数", "value", "很多")));

        refusals.expect(400, "Value of figure 1: must be a number, not '很多'",
                () -> api.as("li.wei").post("/api/surveys/" + survey.id() + "/findings", finding));
        finding.put("figures", List.of());
        ApiClient.Response response = refusals.expect(400, "Evidence: must not be blank",
                () -> api.as("li.wei").post("/api/surveys/" + survey.id() + "/findings", finding));
        assertThat(response.detail()).contains("Title: must not be blank");
    }

    @Test
    void submittingFindingsWithoutAnyIsRefused() {
        Survey survey = surveys.launch();

        refusals.expect(409, "Add at least one finding",
                () -> api.as("wang.fang").post("/api/surveys/" + survey.id() + "/findings/submit", null));
    }

    @Test
    void aSubmittedFindingCanNoLongerBeEditedNorAddedTo() {
        Survey survey = surveys.launch();
        long findingId = findings.add(survey.id(), Surveys.RESEARCHER, Surveys.finding("x")).id();
        api.as("wang.fang").post("/api/surveys/" + survey.id() + "/findings/submit", null);

        refusals.expect(409, "was submitted and can no longer be edited", () -> api.as("wang.fang")
                .put("/api/surveys/" + survey.id() + "/findings/" + findingId, Surveys.finding("y")));
        refusals.expect(409, "You already submitted your findings", () -> api.as("wang.fang")
                .post("/api/surveys/" + survey.id() + "/findings", Surveys.finding("z")));
    }

    @Test
    void completingATaskTwiceIsRefusedTheSecondTime() {
        Survey survey = surveys.launch();
        findings.add(survey.id(), Surveys.RESEARCHER, Surveys.finding("x"));
        String task = api.as("wang.fang").openTask(survey.id(), "submitFindings");
        assertThat(api.as("wang.fang").post("/api/tasks/" + task + "/complete", Map.of()).code()).isEqualTo(204);

        refusals.expect(409, "was already completed",
                () -> api.as("wang.fang").post("/api/tasks/" + task + "/complete", Map.of()));
        refusals.expect(409, "You already completed your 'Submit findings' task",
                () -> api.as("wang.fang").post("/api/surveys/" + survey.id() + "/findings/submit", null));
    }

    @Test
    void anUnknownTaskIs404() {
        refusals.expect(404, "There is no task no-such-task",
                () -> api.as("li.wei").post("/api/tasks/no-such-task/complete", Map.of()));
    }

    @Test
    void theReportCannotBeEditedBeforeTheFindingsAreIn() {
        Survey survey = surveys.launch();

        refusals.expect(409, "can be edited only while it is being drafted; it is in stage Collecting findings",
                () -> api.as("li.wei").put("/api/surveys/" + survey.id() + "/report/draft", Surveys.sections("v1")));
    }

    @Test
    void aVersionWithBlankSectionsCannotBeSubmitted() {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);
        reports.saveDraft(survey.id(), Surveys.LEAD, new ReportSections("摘要", "", "方法", " ", "建议"));

        ApiClient.Response response = refusals.expect(400, "Background: must not be blank in a submitted version",
                () -> api.as("li.wei").post("/api/surveys/" + survey.id() + "/report/submit", null));

        assertThat(response.detail()).contains("Findings: must not be blank in a submitted version");
        assertThat(api.as("li.wei").openTask(survey.id(), "draftReport")).isNotBlank();
    }

    @Test
    void aReportSectionOverTheSizeLimitIsRefused() {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);

        refusals.expect(400, "Summary: must be at most 100,000 characters", () -> api.as("li.wei")
                .put("/api/surveys/" + survey.id() + "/report/draft", Map.of("summary", "字".repeat(100_001))));
    }

    @Test
    void rubricScoresMustBeFromOneToFive() {
        Survey survey = surveys.inReview();
        Map<String, Object> review = Map.of("relevance", 6, "evidence", 0, "feasibility", 3, "clarity", 3,
                "recommendation", "ACCEPT", "commentsForAuthors", "ok");

        ApiClient.Response response = refusals.expect(400, "Relevance: must be at most 5",
                () -> api.as("zhou.qiang").post("/api/surveys/" + survey.id() + "/reviews", review));
        assertThat(response.detail()).contains("Evidence (score): must be at least 1");
    }

    @Test
    void theGenericTaskEndpointValidatesTheTasksFieldsToo() {
        Survey survey = surveys.inReview();
        String task = api.as("zhou.qiang").openTask(survey.id(), "reviewReport");

        refusals.expect(400, "Comments for the authors: must not be blank", () -> api.as("zhou.qiang")
                .post("/api/tasks/" + task + "/complete", Map.of("relevance", 3, "evidence", 3, "feasibility", 3,
                        "clarity", 3, "recommendation", "ACCEPT")));
        refusals.expect(400, "Recommendation: 'MAYBE' is not one of", () -> api.as("zhou.qiang")
                .post("/api/tasks/" + task + "/complete", Map.of("relevance", 3, "evidence", 3, "feasibility", 3,
                        "clarity", 3, "recommendation", "MAYBE", "commentsForAuthors", "x")));
    }

    @Test
    void sendingBackNeedsAReason() {
        Survey survey = surveys.awaitingApproval();

        refusals.expect(400, "Reason: must not be blank when the decision is Send back for revision",
                () -> organizer().post("/api/surveys/" + survey.id() + "/approval", Map.of("decision", "SEND_BACK")));
    }

    @Test
    void anApprovalTaskTakesOnlyApprovalOutcomes() {
        Survey survey = surveys.awaitingApproval();

        refusals.expect(400, "Decision: must be one of", () -> organizer()
                .post("/api/surveys/" + survey.id() + "/approval", Map.of("decision", "CLOSE", "reason", "x")));
    }

    @Test
    void approvingBeforeTheReviewsAreInIsAnActionInTheWrongState() {
        Survey survey = surveys.inReview();

        refusals.expect(409, "There is no open 'Approve study report' task on " + survey.businessKey()
                        + "; the investigation is in stage In review",
                () -> organizer().post("/api/surveys/" + survey.id() + "/approval", Map.of("decision", "APPROVE")));
    }

    @Test
    void aSecondReviewOfTheSameVersionIsRefused() {
        Survey survey = surveys.inReview();
        Map<String, Object> review = Map.of("relevance", 3, "evidence", 3, "feasibility", 3, "clarity", 3,
                "recommendation", "ACCEPT", "commentsForAuthors", "好 fine");
        assertThat(api.as("zhou.qiang").post("/api/surveys/" + survey.id() + "/reviews", review).code()).isEqualTo(204);

        refusals.expect(409, "You already completed your 'Review study report' task",
                () -> api.as("zhou.qiang").post("/api/surveys/" + survey.id() + "/reviews", review));
    }

    @Test
    void aBodyOverTheRequestLimitIsRefusedBeforeItIsRead() {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);
        String huge = "{\"summary\": \"" + "字".repeat(2_000_000) + "\"}";

        refusals.expect(413, "the limit is 4 MB",
                () -> api.as("li.wei").put("/api/surveys/" + survey.id() + "/report/draft", huge));
    }
}
