package org.thinktank.surveyflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.support.PagedLists.ids;
import static org.thinktank.surveyflow.support.PagedLists.page;
import static org.thinktank.surveyflow.support.PagedLists.reversed;
import static org.thinktank.surveyflow.support.PagedLists.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;

/**
 * GET /api/surveys: a page at a time, newest first, filtered by meeting, stage and text, and only what the reader may
 * see. Each test launches its investigations into a meeting of its own, so its totals are its own.
 */
@IntegrationTest
class SurveyListApiIT {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    MeetingCatalog meetings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Refusals refusals;
    @Autowired
    JdbcClient jdbc;

    /** A meeting of its own and the ids of the investigations launched into it, oldest first. */
    private record Launched(String meetingCode, long meetingId, List<Long> ids) {

        String path() {
            return "/api/surveys?meetingId=" + meetingId;
        }

        /** The ids newest first, as the list orders them. */
        List<Long> newestFirst() {
            return reversed(ids);
        }
    }

    private Launched launched(int count) {
        return launched(count, Surveys.LEAD.username(), List.of(Surveys.RESEARCHER.username()),
                List.of(Surveys.REVIEWER_1.username()));
    }

    private Launched launched(int count, String lead, List<String> team, List<String> reviewers) {
        String code = "LIST" + System.nanoTime() % 1_000_000_000L + UNIQUE.incrementAndGet();
        long meetingId = meetings.create(new NewMeeting(code, "列表会议 List meeting", null, null, null),
                Surveys.ORGANIZER).id();
        return launchInto(new Launched(code, meetingId, new ArrayList<>()), count, lead, team, reviewers);
    }

    private Launched launchInto(Launched meeting, int count, String lead, List<String> team, List<String> reviewers) {
        LaunchRequest base = surveys.launchRequest();
        for (int i = 0; i < count; i++) {
            meeting.ids().add(registry.launch(new LaunchRequest(meeting.meetingCode(), "黑土地保护 Black Soil " + i,
                    "哈尔滨 Harbin", lead, team, reviewers, base.findingsDue(), base.draftDue(), base.reviewDue(),
                    base.approvalDue(), null, null), Surveys.ORGANIZER).id());
        }
        return meeting;
    }

    private String newAccount(Role role) {
        String username = "lister." + System.nanoTime() % 1_000_000_000L + "." + UNIQUE.incrementAndGet();
        accounts.createDemoAccount(new NewUser(username, "列表 " + role, null, null, role, "demo"));
        return username;
    }

    private ApiClient organizer() {
        return api.as(Surveys.ORGANIZER.username());
    }

    @Test
    void theFirstPageHoldsTheNewestAndTheTotalCountsThemAll() {
        Launched launched = launched(5);

        JsonNode first = page(organizer(), launched.path(), 0, 2);

        assertThat(ids(first.path("items"))).containsExactlyElementsOf(launched.newestFirst().subList(0, 2));
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("pages").asLong()).isEqualTo(3);
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        Launched launched = launched(5);

        JsonNode last = page(organizer(), launched.path(), 2, 2);

        assertThat(ids(last.path("items"))).containsExactly(launched.ids().get(0));
        assertThat(last.path("total").asLong()).isEqualTo(5);
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheSameTotal() {
        Launched launched = launched(3);

        JsonNode beyond = page(organizer(), launched.path(), 7, 2);

        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(3);
    }

    @Test
    void aFilterThatMatchesNothingGivesAnEmptyPageAndATotalOfZero() {
        Launched launched = launched(2);

        JsonNode none = page(organizer(), launched.path() + "&q=nothing-like-this", 0, 50);

        assertThat(none.path("items")).isEmpty();
        assertThat(none.path("total").asLong()).isZero();
        assertThat(none.path("pages").asLong()).isEqualTo(1);
    }

    @Test
    void walkingThePagesGivesEveryInvestigationOnceNewestFirst() {
        Launched launched = launched(7);

        List<JsonNode> all = walk(organizer(), launched.path(), 3);

        assertThat(ids(all)).containsExactlyElementsOf(launched.newestFirst());
    }

    @Test
    void investigationsLaunchedAtTheSameMomentKeepOneOrderAcrossPagesHighestIdFirst() {
        Launched launched = launched(5);
        jdbc.sql("update survey set launched_at = timestamptz '2026-03-01 09:00+08' where meeting_id = ?")
                .param(launched.meetingId()).update();

        List<JsonNode> all = walk(organizer(), launched.path(), 2);

        assertThat(ids(all)).containsExactlyElementsOf(launched.newestFirst()).doesNotHaveDuplicates();
    }

    @Test
    void theMeetingCodeFiltersInAnyCase() {
        Launched launched = launched(2);

        JsonNode page = page(organizer(), "/api/surveys?meetingCode=" + launched.meetingCode().toLowerCase(), 0, 50);

        assertThat(ids(page.path("items"))).containsExactlyElementsOf(launched.newestFirst());
        assertThat(page.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void anUnknownMeetingCodeMatchesNothing() {
        JsonNode page = page(organizer(), "/api/surveys?meetingCode=NO-SUCH-MEETING", 0, 50);

        assertThat(page.path("items")).isEmpty();
        assertThat(page.path("total").asLong()).isZero();
    }

    @Test
    void theStageFilterKeepsTheInvestigationsInThatStage() {
        Launched launched = launched(3);
        registry.enterStage(launched.ids().get(1), SurveyStage.DRAFTING);

        JsonNode drafting = page(organizer(), launched.path() + "&stage=DRAFTING", 0, 50);

        assertThat(ids(drafting.path("items"))).containsExactly(launched.ids().get(1));
        assertThat(drafting.path("total").asLong()).isEqualTo(1);
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({"black soil", "黑土地", "SOIL 2", "harbin"})
    void theTextIsFoundInTheTopicOrTheRegionInAnyCase(String text) {
        Launched launched = launched(3);

        JsonNode found = page(organizer(), launched.path() + "&q=" + text, 0, 50);

        assertThat(found.path("total").asLong()).isEqualTo(text.equals("SOIL 2") ? 1 : 3);
    }

    @Test
    void aWildcardInTheTextIsMatchedAsItself() {
        Launched launched = launched(2);

        JsonNode found = page(organizer(), launched.path() + "&q=Black_Soil", 0, 50);

        assertThat(found.path("total").asLong()).isZero();
    }

    @Test
    void anItemIsASummaryWithoutTeamReviewersOrHistory() {
        Launched launched = launched(1);

        JsonNode item = page(organizer(), launched.path(), 0, 50).path("items").get(0);

        assertThat(item.path("businessKey").asText()).isEqualTo(launched.meetingCode() + "-" + launched.ids().get(0));
        assertThat(item.path("stage").asText()).isEqualTo("PLANNING");
        assertThat(item.path("lead").asText()).isEqualTo(Surveys.LEAD.username());
        assertThat(item.has("team")).isFalse();
        assertThat(item.has("reviewers")).isFalse();
        assertThat(item.has("history")).isFalse();
    }

    @Test
    void aResearchersTotalCountsOnlyTheInvestigationsOfTheirTeams() {
        String researcher = newAccount(Role.RESEARCHER);
        Launched launched = launched(2, Surveys.LEAD.username(), List.of(researcher), List.of(Surveys.REVIEWER_1.username()));
        launchInto(launched, 3, Surveys.LEAD.username(), List.of(), List.of(Surveys.REVIEWER_1.username()));

        List<JsonNode> theirs = walk(api.as(researcher), "/api/surveys", 1);

        assertThat(ids(theirs)).containsExactlyElementsOf(launched.newestFirst().subList(3, 5));
    }

    @Test
    void aLeadSeesTheInvestigationsTheyLead() {
        String lead = newAccount(Role.RESEARCHER);
        Launched launched = launched(2, lead, List.of(), List.of(Surveys.REVIEWER_1.username()));

        List<JsonNode> theirs = walk(api.as(lead), "/api/surveys", 50);

        assertThat(ids(theirs)).containsExactlyElementsOf(launched.newestFirst());
    }

    @Test
    void aReviewersTotalCountsOnlyTheInvestigationsTheyReview() {
        String reviewer = newAccount(Role.REVIEWER);
        Launched launched = launched(3, Surveys.LEAD.username(), List.of(), List.of(reviewer));
        launchInto(launched, 2, Surveys.LEAD.username(), List.of(), List.of(Surveys.REVIEWER_1.username()));

        JsonNode first = page(api.as(reviewer), "/api/surveys", 0, 2);

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(ids(first.path("items"))).containsExactlyElementsOf(reversed(launched.ids().subList(1, 3)));
    }

    @Test
    void aResearchersFiltersApplyWithinTheirOwnInvestigations() {
        String researcher = newAccount(Role.RESEARCHER);
        Launched launched = launched(1, Surveys.LEAD.username(), List.of(researcher), List.of(Surveys.REVIEWER_1.username()));
        launchInto(launched, 2, Surveys.LEAD.username(), List.of(), List.of(Surveys.REVIEWER_1.username()));

        JsonNode page = page(api.as(researcher), launched.path() + "&q=black", 0, 50);

        assertThat(ids(page.path("items"))).containsExactly(launched.ids().get(0));
        assertThat(page.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void anAdminSeesNoInvestigation() {
        launched(1);

        JsonNode page = page(api.as("admin"), "/api/surveys", 0, 50);

        assertThat(page.path("items")).isEmpty();
        assertThat(page.path("total").asLong()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=0       | Page size: must be between 1 and 200",
            "size=-1      | Page size: must be between 1 and 200",
            "size=201     | Page size: must be between 1 and 200",
            "size=ten     | Page size: must be a whole number, not 'ten'",
            "page=-1      | Page: must be 0 or more",
            "page=first   | Page: must be a whole number, not 'first'",
            "stage=DONE   | Stage: 'DONE' is not one of Planning the survey, Collecting findings,",
            "meetingId=x  | Meeting number: must be a whole number, not 'x'"})
    void aBadPageSizeOrFilterIsRefusedNamingTheParameter(String query, String detail) {
        refusals.expect(400, detail, () -> organizer().get("/api/surveys?" + query));
    }
}
