package org.thinktank.surveyflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * An investigation's history (GET /api/surveys/{id} and the investigation page's timeline) tells each reader no more
 * than what it describes would: a review's reviewer and verdict go to organizers, to the reviewer who wrote it, and to
 * the team once the round is finished; anyone else learns only that a review came in. Demo team: li.wei (lead) and
 * wang.fang; reviewers zhou.qiang (MAJOR_REVISION) and m.ivanov (ACCEPT, only once the round is closed).
 */
@IntegrationTest
class HistoryVisibilityIT {

    private static final Pattern TIMELINE_ENTRY = Pattern.compile("<li data-kind=\"(\\w+)\">(.*?)</li>", Pattern.DOTALL);

    @Autowired
    Api api;
    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyTasks surveyTasks;

    /** One history entry as a reader got it, from the API or the page. */
    private record Entry(String kind, String text) {
    }

    private Survey reviewed(boolean roundOpen) {
        Survey survey = surveys.inReview();
        surveys.completeReview(survey, Surveys.REVIEWER_1, Recommendation.MAJOR_REVISION);
        if (!roundOpen) {
            surveys.completeReview(survey, Surveys.REVIEWER_2, Recommendation.ACCEPT);
        }
        return survey;
    }

    private List<Entry> fromApi(Survey survey, String reader) {
        JsonNode history = api.as(reader).get("/api/surveys/" + survey.id()).body().path("history");
        return StreamSupport.stream(history.spliterator(), false)
                .map(entry -> new Entry(entry.path("kind").asText(), entry.toString())).toList();
    }

    private List<Entry> fromPage(Survey survey, String reader) throws Exception {
        String html = pages.mvc().perform(get("/surveys/" + survey.id()).with(pages.as(reader)))
                .andReturn().getResponse().getContentAsString();
        String timeline = html.substring(html.indexOf("id=\"timeline\""));
        List<Entry> entries = new ArrayList<>();
        for (Matcher entry = TIMELINE_ENTRY.matcher(timeline); entry.find(); ) {
            entries.add(new Entry(entry.group(1), entry.group(2)));
        }
        return entries;
    }

    private static List<String> reviewsIn(List<Entry> history) {
        return history.stream().filter(entry -> entry.kind().equals("REVIEW_SUBMITTED")).map(Entry::text).toList();
    }

    /** reader, round open, sees zhou.qiang's review, sees m.ivanov's review (when the round is closed). */
    static Stream<Arguments> audiences() {
        return Stream.of(
                Arguments.of("organizer", true, true, false),
                Arguments.of("zhou.qiang", true, true, false),
                Arguments.of("m.ivanov", true, false, false),
                Arguments.of("li.wei", true, false, false),
                Arguments.of("wang.fang", true, false, false),
                Arguments.of("organizer", false, true, true),
                Arguments.of("zhou.qiang", false, true, false),
                Arguments.of("m.ivanov", false, false, true),
                Arguments.of("li.wei", false, true, true),
                Arguments.of("wang.fang", false, true, true));
    }

    /** The API names reviewers by login and recommendations by code; the page by display name and label. */
    private static void assertReviewEntries(List<String> reviews, boolean roundOpen, boolean seesFirst,
                                            boolean seesSecond, boolean onPage) {
        assertThat(reviews).hasSize(roundOpen ? 1 : 2);
        assertSeen(reviews.get(0), seesFirst, onPage ? "Zhou Qiang 周强" : "zhou.qiang",
                onPage ? "Major revision" : "MAJOR_REVISION");
        if (!roundOpen) {
            assertSeen(reviews.get(1), seesSecond, onPage ? "Mikhail Ivanov" : "m.ivanov", onPage ? "Accept" : "ACCEPT");
        }
        assertThat(reviews).allSatisfy(review -> assertThat(review).contains("version 1").doesNotContain("保密意见"));
    }

    private static void assertSeen(String review, boolean sees, String reviewer, String verdict) {
        if (sees) {
            assertThat(review).contains(reviewer).contains(verdict);
        } else {
            assertThat(review).doesNotContain(reviewer).doesNotContain(verdict);
        }
    }

    @ParameterizedTest(name = "{0}, round open: {1}")
    @MethodSource("audiences")
    void theApiHistoryShowsAReviewOnlyToThoseWhoMaySeeIt(String reader, boolean roundOpen, boolean seesFirst,
                                                       boolean seesSecond) {
        Survey survey = reviewed(roundOpen);

        List<Entry> history = fromApi(survey, reader);

        assertReviewEntries(reviewsIn(history), roundOpen, seesFirst, seesSecond, false);
        assertThat(history).extracting(Entry::text).noneMatch(text -> text.contains("保密意见"));
    }

    @ParameterizedTest(name = "{0}, round open: {1}")
    @MethodSource("audiences")
    void thePageTimelineShowsAReviewOnlyToThoseWhoMaySeeIt(String reader, boolean roundOpen, boolean seesFirst,
                                                         boolean seesSecond) throws Exception {
        Survey survey = reviewed(roundOpen);

        assertReviewEntries(reviewsIn(fromPage(survey, reader)), roundOpen, seesFirst, seesSecond, true);
    }

    @ParameterizedTest(name = "{0} sees the recalled version's entries: {1}")
    @CsvSource({"li.wei, true", "wang.fang, true", "organizer, false", "zhou.qiang, false", "m.ivanov, false"})
    void entriesOfARecalledVersionAreShownOnlyToThoseWhoMayReadTheDraftItBecame(String reader, boolean sees) {
        Survey survey = surveys.inReview();
        surveyTasks.recallReport(survey.id(), Surveys.LEAD);

        List<String> kinds = fromApi(survey, reader).stream().map(Entry::kind).toList();

        if (sees) {
            assertThat(kinds).contains("VERSION_SUBMITTED", "VERSION_RECALLED");
        } else {
            assertThat(kinds).doesNotContain("VERSION_SUBMITTED", "VERSION_RECALLED").contains("LAUNCHED");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"li.wei", "organizer", "zhou.qiang"})
    void onceTheRecalledVersionIsSubmittedAgainEveryoneSeesItsEntries(String reader) {
        Survey survey = surveys.inReview();
        surveyTasks.recallReport(survey.id(), Surveys.LEAD);
        surveys.submitDraft(survey, "v1 again");

        assertThat(fromApi(survey, reader).stream().map(Entry::kind).toList())
                .containsSubsequence("VERSION_SUBMITTED", "VERSION_RECALLED", "VERSION_SUBMITTED");
    }
}
