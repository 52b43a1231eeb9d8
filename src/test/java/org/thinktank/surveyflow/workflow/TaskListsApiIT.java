package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.ManyInvestigations;
import org.thinktank.surveyflow.support.ManyInvestigations.Crowd;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;

/**
 * GET /api/tasks and /api/tasks/done: a page at a time with the total, filtered and sorted. A meeting of its own with
 * eight investigations led by one researcher, who submitted the findings of three (two of them late) and so drafts
 * their reports: eight open tasks, two of them overdue, and three done.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListsApiIT {

    @Autowired
    Api api;
    @Autowired
    ManyInvestigations many;
    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    Refusals refusals;

    private Crowd crowd;
    private List<Survey> launched;
    private ApiClient lead;

    @BeforeAll
    void eightInvestigations() {
        crowd = many.newMeeting();
        launched = many.launch(crowd, 0, 8);
        lead = api.as(crowd.lead());
        Actor leadActor = new Actor(crowd.lead(), Role.RESEARCHER);
        Instant yesterday = Instant.now().minusSeconds(86_400);
        for (Survey done : launched.subList(5, 8)) {
            if (done != launched.get(7)) {
                processes.moveDueDates(done, yesterday);
            }
            surveys.submitFindings(done, leadActor);
        }
        processes.moveDueDates(launched.get(0), yesterday);
        processes.moveDueDates(launched.get(1), yesterday);
    }

    private JsonNode page(String path) {
        ApiClient.Response response = lead.get(path);
        assertThat(response.code()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static List<String> keysOf(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(t -> t.path("businessKey").asText())
                .toList();
    }

    private List<String> keysOf(List<Survey> list) {
        return list.stream().map(Survey::businessKey).toList();
    }

    @Test
    void theFirstPageHasAsManyTasksAsItsSizeAndTheTotal() {
        JsonNode first = page("/api/tasks?size=3");

        assertThat(first.path("items")).hasSize(3);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(3);
        assertThat(first.path("total").asLong()).isEqualTo(8);
        assertThat(first.path("items").get(0).path("key").asText()).isEqualTo("submitFindings");
    }

    @Test
    void theLastPageHoldsTheRestAndAPageBeyondTheEndNone() {
        JsonNode last = page("/api/tasks?size=3&page=2");
        JsonNode beyond = page("/api/tasks?size=3&page=3");

        assertThat(last.path("items")).hasSize(2);
        assertThat(last.path("total").asLong()).isEqualTo(8);
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(8);
    }

    @Test
    void thePagesTogetherHoldEveryTaskOnce() {
        List<String> all = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            all.addAll(keysOf(page("/api/tasks?size=3&page=" + page)));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(keysOf(launched));
    }

    @Test
    void theFiltersKeepOneInvestigationAMeetingAKindOrTheOverdue() {
        Survey third = launched.get(2);
        assertThat(keysOf(page("/api/tasks?surveyId=" + third.id()))).containsExactly(third.businessKey());
        assertThat(page("/api/tasks?meetingId=" + crowd.meetingId()).path("total").asLong()).isEqualTo(8);
        assertThat(page("/api/tasks?kind=submitFindings").path("total").asLong()).isEqualTo(5);
        assertThat(keysOf(page("/api/tasks?kind=draftReport&kind=reviewReport")))
                .containsExactlyInAnyOrderElementsOf(keysOf(launched.subList(5, 8)));
        assertThat(page("/api/tasks?kind=submitFindings,draftReport").path("total").asLong()).isEqualTo(8);
        JsonNode overdue = page("/api/tasks?overdue=true");
        assertThat(keysOf(overdue)).containsExactlyInAnyOrderElementsOf(keysOf(launched.subList(0, 2)));
        assertThat(overdue.path("items")).allSatisfy(task -> assertThat(task.path("overdue").asBoolean()).isTrue());
    }

    @Test
    void aFilterThatMatchesNothingIsAnEmptyPage() {
        for (String filter : List.of("meetingId=" + surveys.meetingId(), "surveyId=999999999", "kind=reviewReport",
                "surveyId=" + launched.get(0).id() + "&meetingId=" + surveys.meetingId())) {
            JsonNode none = page("/api/tasks?" + filter);
            assertThat(none.path("items")).as(filter).isEmpty();
            assertThat(none.path("total").asLong()).as(filter).isZero();
        }
    }

    @Test
    void theSortIsByDueDateSoonestOrLatestFirst() {
        List<Instant> soonestFirst = dues(page("/api/tasks?sort=due"));
        List<Instant> latestFirst = dues(page("/api/tasks?sort=-due"));

        assertThat(soonestFirst).isSorted().hasSize(8);
        assertThat(latestFirst).isSortedAccordingTo(Comparator.reverseOrder()).hasSize(8);
    }

    private static List<Instant> dues(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(t -> Instant.parse(t.path("due").asText())).toList();
    }

    @Test
    void doneTasksComeAPageAtATimeLatestFirstWithTheTotal() {
        JsonNode first = page("/api/tasks/done?kind=submitFindings&size=2");
        JsonNode last = page("/api/tasks/done?kind=submitFindings&size=2&page=1");
        JsonNode beyond = page("/api/tasks/done?kind=submitFindings&size=2&page=7");

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(keysOf(first)).containsExactly(launched.get(7).businessKey(), launched.get(6).businessKey());
        assertThat(keysOf(last)).containsExactly(launched.get(5).businessKey());
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items").get(0).path("completed").asText()).isNotEmpty();
    }

    @Test
    void doneTasksFilteredByInvestigationKindOrLateness() {
        Survey sixth = launched.get(6);
        assertThat(keysOf(page("/api/tasks/done?kind=submitFindings&surveyId=" + sixth.id()))).containsExactly(sixth.businessKey());
        assertThat(page("/api/tasks/done?kind=submitFindings&meetingId=" + crowd.meetingId()).path("total").asLong()).isEqualTo(3);
        assertThat(page("/api/tasks/done?kind=reviewReport").path("total").asLong()).isZero();
        assertThat(page("/api/tasks/done?kind=submitPlan").path("total").asLong()).isEqualTo(8);
        JsonNode late = page("/api/tasks/done?overdue=true");
        assertThat(keysOf(late)).containsExactlyInAnyOrderElementsOf(keysOf(launched.subList(5, 7)));
        assertThat(late.path("items")).allSatisfy(task -> assertThat(task.path("overdue").asBoolean()).isTrue());
        assertThat(page("/api/tasks/done?surveyId=999999999").path("total").asLong()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/tasks?size=0                | Page size: must be between 1 and 200",
            "/api/tasks?size=-5               | Page size: must be between 1 and 200",
            "/api/tasks?size=201              | Page size: must be between 1 and 200",
            "/api/tasks?size=ten              | Page size: must be a whole number, not 'ten'",
            "/api/tasks?size=99999999999      | Page size: '99999999999' is out of range",
            "/api/tasks?page=-1               | Page: must be 0 or more",
            "/api/tasks?page=first            | Page: must be a whole number, not 'first'",
            "/api/tasks?sort=soonest          | Order: 'soonest' is not one of due (earliest first), -due (latest first)",
            "/api/tasks?kind=lunch            | Kind: 'lunch' is not one of Submit survey plan, Approve survey plan, Submit findings",
            "/api/tasks?surveyId=one          | Investigation number: must be a whole number, not 'one'",
            "/api/tasks/done?size=0           | Page size: must be between 1 and 200",
            "/api/tasks/done?size=1000        | Page size: must be between 1 and 200",
            "/api/tasks/done?size=x           | Page size: must be a whole number, not 'x'",
            "/api/tasks/done?page=-2          | Page: must be 0 or more"})
    void aBadPageOrFilterIsRefusedNamingTheParameter(String path, String detail) {
        refusals.expect(400, detail, () -> lead.get(path));
    }
}
