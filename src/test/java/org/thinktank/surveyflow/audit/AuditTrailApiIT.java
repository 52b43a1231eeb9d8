package org.thinktank.surveyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/** GET /api/audit: what the features record, who may read it, its filters and pages, and that nothing changes it. */
@IntegrationTest
class AuditTrailApiIT {

    @Autowired
    Processes processes;
    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    Refusals refusals;
    @Autowired
    AuditTrail trail;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    /** Every event of an investigation, oldest first, as an organizer reads it. */
    private List<JsonNode> eventsOf(long surveyId) {
        Response response = api.as("organizer").get("/api/audit?size=200&surveyId=" + surveyId);
        assertThat(response.code()).as(response.toString()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        response.body().path("items").forEach(event -> events.add(0, event));
        return events;
    }

    /** The first event of that kind. */
    private static JsonNode first(List<JsonNode> events, String kind) {
        return events.stream().filter(e -> e.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + events));
    }

    private static List<String> linesOf(List<JsonNode> events) {
        return events.stream().map(e -> e.path("kind").asText() + " by " + e.path("actor").asText()).toList();
    }

    @Test
    void aLifecycleThroughTheApiLeavesEveryChangeInOrderWithWhoMadeIt() {
        ApiClient organizer = api.as("organizer");
        ApiClient lead = api.as("li.wei");
        long id = organizer.post("/api/surveys", surveys.launchRequest()).body().path("id").asLong();
        String base = "/api/surveys/" + id;
        assertThat(lead.put(base + "/plan", Surveys.plan("摸清黑土地现状 Map the black soil")).code()).isEqualTo(200);
        assertThat(lead.post(base + "/plan/submit", null).code()).isEqualTo(204);
        assertThat(organizer.post(base + "/plan/approval", Map.of("decision", "APPROVE")).code()).isEqualTo(204);
        for (ApiClient member : List.of(lead, api.as("wang.fang"))) {
            assertThat(member.post(base + "/findings", Surveys.finding("黑土层年均变薄 Thinning soil")).code()).isEqualTo(201);
            assertThat(member.post(base + "/findings/submit", null).code()).isEqualTo(204);
        }
        processes.runAsyncContinuations(); // the engine joins the findings tasks in jobs of their own
        assertThat(lead.put(base + "/report/draft", Surveys.sections("v1")).code()).isEqualTo(200);
        assertThat(lead.post(base + "/report/submit", null).code()).isEqualTo(204);
        for (String reviewer : List.of("zhou.qiang", "m.ivanov")) {
            assertThat(api.as(reviewer).post(base + "/reviews", Map.of("relevance", 4, "evidence", 4, "feasibility", 4,
                    "clarity", 4, "recommendation", "ACCEPT", "commentsForAuthors", "好 Good")).code()).isEqualTo(204);
        }
        assertThat(organizer.post(base + "/approval", Map.of("decision", "APPROVE")).code()).isEqualTo(204);

        List<JsonNode> events = eventsOf(id);

        assertThat(linesOf(events)).containsExactly(
                "SURVEY_LAUNCHED by organizer",
                "PLAN_SAVED by li.wei", "PLAN_SUBMITTED by li.wei", "PLAN_DECIDED by organizer", "STAGE_ENTERED by system",
                "FINDING_ADDED by li.wei", "FINDINGS_SUBMITTED by li.wei",
                "FINDING_ADDED by wang.fang", "FINDINGS_SUBMITTED by wang.fang",
                "STAGE_ENTERED by system",
                "DRAFT_SAVED by li.wei", "REPORT_SUBMITTED by li.wei", "STAGE_ENTERED by system",
                "REVIEW_SUBMITTED by zhou.qiang", "REVIEW_SUBMITTED by m.ivanov", "REVIEWS_TALLIED by system",
                "STAGE_ENTERED by system",
                "DECISION_TAKEN by organizer", "RECOMMENDATIONS_TRACKED by organizer",
                "STAGE_ENTERED by system", "SURVEY_PUBLISHED by system");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("surveyId").asLong()).isEqualTo(id);
            assertThat(InetAddress.getByName(event.path("clientAddress").asText()).isLoopbackAddress())
                    .as(event.toString()).isTrue();
            assertThat(event.path("at").asText()).isNotBlank();
        });
    }

    @Test
    void aDecisionRecordsTheStageItWasTakenInAndItsOutcomeAndTheStageChangeItCausesFollowsWithBeforeAndAfter() {
        Survey survey = surveys.awaitingApproval();
        surveys.approval(survey, org.thinktank.surveyflow.decision.DecisionOutcome.SEND_BACK);

        List<JsonNode> events = eventsOf(survey.id());
        JsonNode decision = first(events, "DECISION_TAKEN");
        JsonNode stageAfter = first(events.subList(events.indexOf(decision), events.size()), "STAGE_ENTERED");

        assertThat(decision.path("actor").asText()).isEqualTo("organizer");
        assertThat(decision.path("before").path("stage").asText()).isEqualTo("APPROVAL");
        assertThat(decision.path("after").path("decision").asText()).isEqualTo("SEND_BACK");
        assertThat(decision.path("after").path("reason").asText()).contains("international comparison");
        assertThat(stageAfter.path("before").path("stage").asText()).isEqualTo("APPROVAL");
        assertThat(stageAfter.path("after").path("stage").asText()).isEqualTo("DRAFTING");
    }

    @Test
    void whatTheProcessDoesOnItsOwnIsRecordedAsTheSystemWithNoAddress() {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);

        JsonNode stage = first(eventsOf(survey.id()), "STAGE_ENTERED");

        assertThat(stage.path("actor").asText()).isEqualTo(AuditTrail.SYSTEM);
        assertThat(stage.has("clientAddress")).isFalse();
        assertThat(stage.path("after").path("stage").asText()).isEqualTo("FINDINGS");
    }

    @Test
    void editingADraftFindingRecordsItBeforeAndAfter() {
        Survey survey = surveys.launch();
        ApiClient lead = api.as("li.wei");
        long findingId = lead.post("/api/surveys/" + survey.id() + "/findings", Surveys.finding("初稿 First title"))
                .body().path("id").asLong();

        assertThat(lead.put("/api/surveys/" + survey.id() + "/findings/" + findingId, Surveys.finding("定稿 Final title"))
                .code()).isEqualTo(200);

        JsonNode edit = first(eventsOf(survey.id()), "FINDING_UPDATED");
        assertThat(edit.path("actor").asText()).isEqualTo("li.wei");
        assertThat(edit.path("before").path("title").asText()).isEqualTo("初稿 First title");
        assertThat(edit.path("after").path("title").asText()).isEqualTo("定稿 Final title");
    }

    @Test
    void anAccountAnAdminCreatesIsRecordedAsTheAdminsWithoutThePassword() {
        String username = "audit." + System.nanoTime();
        Response created = api.as("admin").post("/api/users", Map.of("username", username, "displayName", "审计 测试",
                "role", "RESEARCHER", "password", "a-long-secret-9"));
        assertThat(created.code()).as(created.toString()).isEqualTo(201);

        JsonNode event = api.as("organizer").get("/api/audit?kind=USER_CREATED&size=200").body().path("items").get(0);

        assertThat(event.path("subject").asText()).isEqualTo(username);
        assertThat(event.path("actor").asText()).isEqualTo("admin");
        assertThat(event.path("after").path("role").asText()).isEqualTo("RESEARCHER");
        assertThat(event.toString()).doesNotContain("a-long-secret-9").doesNotContainIgnoringCase("password");
    }

    @Test
    void aMeetingAndAnExportRequestAreRecordedForTheMeeting() throws Exception {
        ApiClient organizer = api.as("organizer");
        Response meeting = organizer.post("/api/meetings", Map.of("code", "AUD" + (System.nanoTime() % 100_000_000),
                "name", "审计测试会议 Audit meeting"));
        assertThat(meeting.code()).as(meeting.toString()).isEqualTo(201);
        long meetingId = meeting.body().path("id").asLong();
        assertThat(organizer.post("/api/meetings/" + meetingId + "/exports", Map.of("kind", "WORKBOOK")).code())
                .isEqualTo(202);

        List<AuditEvent> events = trail.ofMeetingUnchecked(meetingId);

        assertThat(events).extracting(AuditEvent::kind)
                .containsExactly(AuditKind.MEETING_CREATED, AuditKind.EXPORT_REQUESTED);
        assertThat(events).extracting(AuditEvent::actor).containsOnly("organizer");
        assertThat(json.readTree(events.get(1).after()).path("kind").asText()).isEqualTo("WORKBOOK");
    }

    @Test
    void aReassignmentIsRecordedWithWhoHeldItBeforeAndAfter() {
        Survey survey = surveys.launch();

        trail.reassigned(survey.id(), "organizer", "lead researcher", "li.wei", "zhang.lei");

        JsonNode event = api.as("organizer").get("/api/audit?kind=REASSIGNED&surveyId=" + survey.id()).body()
                .path("items").get(0);
        assertThat(event.path("actor").asText()).isEqualTo("organizer");
        assertThat(event.path("subject").asText()).isEqualTo("lead researcher");
        assertThat(event.path("before").path("holder").asText()).isEqualTo("li.wei");
        assertThat(event.path("after").path("holder").asText()).isEqualTo("zhang.lei");
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        Survey survey = surveys.launch();
        int before = eventsOf(survey.id()).size();

        refusals.expect(403, "You are not assigned to investigation", () -> api.as("zhang.lei")
                .post("/api/surveys/" + survey.id() + "/findings", Surveys.finding("x")));

        assertThat(eventsOf(survey.id())).hasSize(before);
    }

    // ---- filters and pages ----

    @Test
    void eventsAreFilteredByPersonAndByKind() {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);
        ApiClient organizer = api.as("organizer");

        JsonNode byPerson = organizer.get("/api/audit?surveyId=" + survey.id() + "&actor=wang.fang").body();
        JsonNode byKind = organizer.get("/api/audit?surveyId=" + survey.id() + "&kind=FINDING_ADDED").body();

        assertThat(byPerson.path("items")).extracting(e -> e.path("kind").asText())
                .containsExactly("FINDINGS_SUBMITTED", "FINDING_ADDED");
        assertThat(byPerson.path("total").asLong()).isEqualTo(2);
        assertThat(byKind.path("items")).extracting(e -> e.path("actor").asText())
                .containsExactly("wang.fang", "li.wei");
    }

    @Test
    void eventsAreFilteredByDayInTheThinkTanksTimeZone() {
        Survey survey = surveys.launchInPlanning();
        LocalDate today = calendar.today();
        String path = "/api/audit?surveyId=" + survey.id();

        assertThat(api.as("organizer").get(path + "&from=" + today + "&to=" + today).body().path("total").asLong())
                .isEqualTo(1);
        assertThat(api.as("organizer").get(path + "&to=" + today.minusDays(1)).body().path("total").asLong()).isZero();
    }

    @Test
    void aFilterThatMatchesNothingGivesAnEmptyFirstPage() {
        Survey survey = surveys.launch();

        JsonNode page = api.as("organizer").get("/api/audit?surveyId=" + survey.id() + "&kind=SURVEY_CLOSED").body();

        assertThat(page.path("items")).isEmpty();
        assertThat(page.path("total").asLong()).isZero();
        assertThat(page.path("pages").asLong()).isEqualTo(1);
    }

    @Test
    void pagesGoFromNewestToOldestAndTheLastPageHoldsTheRest() {
        Survey survey = surveys.inReview();
        List<JsonNode> all = eventsOf(survey.id());
        int total = all.size();
        int size = 3;
        long lastPage = (total + size - 1) / size - 1;
        String path = "/api/audit?surveyId=" + survey.id() + "&size=" + size + "&page=";

        JsonNode first = api.as("organizer").get(path + 0).body();
        JsonNode last = api.as("organizer").get(path + lastPage).body();
        JsonNode beyond = api.as("organizer").get(path + (lastPage + 1)).body();

        assertThat(total).isGreaterThan(2 * size);
        assertThat(first.path("total").asInt()).isEqualTo(total);
        assertThat(first.path("pages").asLong()).isEqualTo(lastPage + 1);
        assertThat(first.path("items").get(0).path("id").asLong()).isEqualTo(all.get(total - 1).path("id").asLong());
        assertThat(last.path("items")).hasSize(total - (int) lastPage * size);
        assertThat(last.path("items").get(last.path("items").size() - 1).path("kind").asText())
                .isEqualTo("SURVEY_LAUNCHED");
        assertThat(beyond.path("items")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=0                    | Page size: must be between 1 and 200",
            "size=201                  | Page size: must be between 1 and 200",
            "page=-1                   | Page: must be 0 or more",
            "page=x                    | Page: must be a whole number, not 'x'",
            "kind=NOPE                 | Kind: 'NOPE' is not one of Investigation launched,",
            "surveyId=one              | Investigation number: must be a whole number, not 'one'",
            "from=2026-13-01           | From: must be a date like 2026-12-01, not '2026-13-01'",
            "from=2026-05-02&to=2026-05-01 | To: must not be before from (2026-05-02)"})
    void aBadFilterOrPageIsRefusedSayingWhatWasWrong(String query, String detail) {
        refusals.expect(400, detail, () -> api.as("organizer").get("/api/audit?" + query));
    }

    // ---- who may read it, and that nothing changes it ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li.wei", "zhang.lei", "zhou.qiang", "admin"})
    void nobodyButOrganizersReadsTheAuditTrail(String username) {
        refusals.expect(403, "Only organizers read the audit trail", () -> api.as(username).get("/api/audit"));
    }

    @Test
    void theAuditTrailNeedsSigningIn() {
        assertThat(api.anonymous().get("/api/audit").code()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/audit, 405", "PUT, /api/audit, 405", "DELETE, /api/audit, 405",
            "PUT, /api/audit/1, 404", "DELETE, /api/audit/1, 404"})
    void noRouteChangesOrDeletesAnEvent(HttpMethod method, String path, int status) {
        refusals.expect(status, "", () -> api.as("organizer").exchange(method, path, null));
    }

    /**
     * The test client is on loopback, which the application trusts as a reverse proxy: as one, it forwards a request
     * whose client itself sent a forged {@code X-Forwarded-For} and appends the client's real address.
     */
    @ParameterizedTest(name = "X-Forwarded-For: {0}")
    @CsvSource({"198.51.100.7, 198.51.100.7", "'203.0.113.99, 198.51.100.7', 198.51.100.7"})
    void behindATrustedProxyTheClientsAddressIsRecordedAndNotOneItForged(String forwardedFor, String recorded)
            throws Exception {
        Survey survey = surveys.launch();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("li.wei", "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", forwardedFor);

        assertThat(rest.exchange("/api/surveys/" + survey.id() + "/findings", HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(Surveys.finding("转发 Forwarded")), headers), String.class)
                .getStatusCode().value()).isEqualTo(201);

        assertThat(first(eventsOf(survey.id()), "FINDING_ADDED").path("clientAddress").asText()).isEqualTo(recorded);
    }
}
