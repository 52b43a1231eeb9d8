package org.thinktank.surveyflow.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.support.PagedLists.ids;
import static org.thinktank.surveyflow.support.PagedLists.page;
import static org.thinktank.surveyflow.support.PagedLists.reversed;
import static org.thinktank.surveyflow.support.PagedLists.walk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * GET /api/surveys/{id}/findings: a page at a time, newest first, filtered by author and status, and only what the
 * reader may see: the submitted findings and their own drafts.
 */
@IntegrationTest
class FindingListApiIT {

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    FindingsBook findings;
    @Autowired
    SurveyTasks surveyTasks;
    @Autowired
    Refusals refusals;
    @Autowired
    JdbcClient jdbc;

    /** An investigation and the ids of its findings, oldest first: the lead's submitted, then the researcher's drafts. */
    private record Book(Survey survey, List<Long> submitted, List<Long> drafts) {

        String path() {
            return "/api/surveys/" + survey.id() + "/findings";
        }

        /** Everything the researcher sees, newest first. */
        List<Long> newestFirst() {
            List<Long> all = new ArrayList<>(submitted);
            all.addAll(drafts);
            return reversed(all);
        }
    }

    private Book book(int submittedByTheLead, int draftsOfTheResearcher) {
        Survey survey = surveys.launch();
        List<Long> submitted = add(survey, Surveys.LEAD, submittedByTheLead);
        if (submittedByTheLead > 0) {
            surveyTasks.submitFindings(survey.id(), Surveys.LEAD);
        }
        return new Book(survey, submitted, add(survey, Surveys.RESEARCHER, draftsOfTheResearcher));
    }

    private List<Long> add(Survey survey, Actor author, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(findings.add(survey.id(), author, Surveys.finding("发现 Finding " + author.username() + " " + i)).id());
        }
        return ids;
    }

    @Test
    void theFirstPageHoldsTheNewestAndTheTotalCountsThemAll() {
        Book book = book(3, 2);

        JsonNode first = page(api.as("wang.fang"), book.path(), 0, 2);

        assertThat(ids(first.path("items"))).containsExactlyElementsOf(book.newestFirst().subList(0, 2));
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("pages").asLong()).isEqualTo(3);
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        Book book = book(3, 2);

        JsonNode last = page(api.as("wang.fang"), book.path(), 2, 2);

        assertThat(ids(last.path("items"))).containsExactly(book.submitted().get(0));
        assertThat(last.path("total").asLong()).isEqualTo(5);
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheSameTotal() {
        Book book = book(2, 1);

        JsonNode beyond = page(api.as("wang.fang"), book.path(), 3, 2);

        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(3);
    }

    @Test
    void othersDraftsAreNeitherListedNorCounted() {
        Book book = book(3, 2);

        JsonNode asTheLead = page(api.as("li.wei"), book.path(), 0, 2);

        assertThat(asTheLead.path("total").asLong()).isEqualTo(3);
        assertThat(ids(asTheLead.path("items"))).containsExactlyElementsOf(reversed(book.submitted()).subList(0, 2));
    }

    @Test
    void anOrganizerCountsTheSubmittedFindingsOnly() {
        Book book = book(2, 2);

        assertThat(ids(walk(api.as("organizer"), book.path(), 1))).containsExactlyElementsOf(reversed(book.submitted()));
    }

    @Test
    void theDraftFilterKeepsMyOwnDrafts() {
        Book book = book(2, 2);

        JsonNode drafts = page(api.as("wang.fang"), book.path() + "?status=DRAFT", 0, 50);

        assertThat(ids(drafts.path("items"))).containsExactlyElementsOf(reversed(book.drafts()));
        assertThat(drafts.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void theDraftFilterFindsNothingForSomeoneWithoutDrafts() {
        Book book = book(2, 2);

        JsonNode drafts = page(api.as("li.wei"), book.path() + "?status=DRAFT", 0, 50);

        assertThat(drafts.path("items")).isEmpty();
        assertThat(drafts.path("total").asLong()).isZero();
    }

    @Test
    void theAuthorFilterKeepsThatResearchersFindings() {
        Book book = book(2, 2);

        JsonNode byTheLead = page(api.as("wang.fang"), book.path() + "?author=li.wei&status=SUBMITTED", 0, 50);

        assertThat(ids(byTheLead.path("items"))).containsExactlyElementsOf(reversed(book.submitted()));
    }

    @Test
    void theAuthorFilterDoesNotRevealSomeoneElsesDrafts() {
        Book book = book(1, 2);

        JsonNode theirs = page(api.as("li.wei"), book.path() + "?author=wang.fang", 0, 50);

        assertThat(theirs.path("items")).isEmpty();
        assertThat(theirs.path("total").asLong()).isZero();
    }

    @Test
    void walkingThePagesGivesEveryFindingOnceNewestFirst() {
        Book book = book(4, 3);

        assertThat(ids(walk(api.as("wang.fang"), book.path(), 2))).containsExactlyElementsOf(book.newestFirst());
    }

    @Test
    void findingsAddedAtTheSameMomentKeepOneOrderAcrossPagesHighestIdFirst() {
        Book book = book(3, 2);
        jdbc.sql("update finding set created_at = timestamptz '2026-03-01 09:00+08' where survey_id = ?")
                .param(book.survey().id()).update();

        List<JsonNode> all = walk(api.as("wang.fang"), book.path(), 2);

        assertThat(ids(all)).containsExactlyElementsOf(book.newestFirst()).doesNotHaveDuplicates();
    }

    @Test
    void eachFindingComesWithItsFigures() {
        Book book = book(1, 0);

        JsonNode finding = page(api.as("li.wei"), book.path(), 0, 50).path("items").get(0);

        assertThat(finding.path("figures")).extracting(f -> f.path("name").asText()).containsExactly("受访企业数", "上云比例");
    }

    @Test
    void figuresAreWrittenAsPlainNumbersNotInScientificNotation() {
        Survey survey = surveys.launch();
        findings.add(survey.id(), Surveys.LEAD, Surveys.finding("数值 Figures").withFigures(List.of(
                new Figure("乡镇", new BigDecimal("40"), "个"), new Figure("企业", new BigDecimal("1200"), "家"),
                new Figure("比例", new BigDecimal("31.5"), "%"), new Figure("误差", new BigDecimal("0.0001"), ""))));

        String json = api.as("li.wei").get("/api/surveys/" + survey.id() + "/findings").text();

        assertThat(json).contains("\"value\":40,", "\"value\":1200,", "\"value\":31.5,", "\"value\":0.0001,")
                .doesNotContain("E+");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=0       | Page size: must be between 1 and 200",
            "size=201     | Page size: must be between 1 and 200",
            "size=-1      | Page size: must be between 1 and 200",
            "size=all     | Page size: must be a whole number, not 'all'",
            "page=-1      | Page: must be 0 or more",
            "status=FINAL | Status: 'FINAL' is not one of Draft, Submitted"})
    void aBadPageSizeOrFilterIsRefusedNamingTheParameter(String query, String detail) {
        Survey survey = surveys.launch();

        refusals.expect(400, detail, () -> api.as("li.wei").get("/api/surveys/" + survey.id() + "/findings?" + query));
    }
}
