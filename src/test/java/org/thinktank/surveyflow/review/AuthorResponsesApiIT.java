package org.thinktank.surveyflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.RevisionRounds;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/**
 * {@code /api/surveys/{id}/report/responses}: the lead answers each review of the last round while revising; the
 * answers are frozen with the next version; the team reads them, organizers and each reviewer once submitted.
 */
@IntegrationTest
class AuthorResponsesApiIT {

    private static final String CHINESE = "zh-CN";
    private static final String ENGLISH = "en";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RevisionRounds rounds;
    @Autowired
    Surveys surveys;

    private record Answer(int status, JsonNode body) {
    }

    private Answer call(HttpMethod method, String username, String language, long surveyId, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, "demo", StandardCharsets.UTF_8);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            ResponseEntity<String> response = rest.exchange("/api/surveys/" + surveyId + "/report/responses", method,
                    new HttpEntity<>(body == null || body instanceof String ? body : json.writeValueAsString(body), headers), String.class);
            return new Answer(response.getStatusCode().value(),
                    response.getBody() == null ? json.nullNode() : json.readTree(response.getBody()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Answer get(String username, long surveyId) {
        return call(HttpMethod.GET, username, ENGLISH, surveyId, null);
    }

    private Answer put(String username, String language, long surveyId, Object... responses) {
        return call(HttpMethod.PUT, username, language, surveyId, Map.of("responses", List.of(responses)));
    }

    private static Map<String, Object> response(long reviewId, String text) {
        return Map.of("reviewId", reviewId, "text", text);
    }

    /** The refusal's status and its detail in the asked language, with the database as it was. */
    private void refused(int status, String detail, java.util.function.Supplier<Answer> request) {
        DatabaseSnapshot rows = DatabaseSnapshot.of(jdbc);
        String content = DatabaseSnapshot.contentOf(jdbc);

        Answer answer = request.get();

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.body().path("detail").asText()).contains(detail);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(rows);
        assertThat(DatabaseSnapshot.contentOf(jdbc)).isEqualTo(content);
    }

    private static List<String> texts(Answer answer) {
        return answer.body().findValuesAsText("text");
    }

    @Test
    void theLeadAnswersEachReviewOfTheLastRoundAndTheTeamReadsTheDraft() {
        Survey survey = rounds.sentBack();
        long first = rounds.reviewBy(survey, Surveys.REVIEWER_1).id();

        Answer saved = put("li.wei", ENGLISH, survey.id(), response(first, RevisionRounds.RESPONSE_1));
        Answer read = get("wang.fang", survey.id());

        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).hasSize(1);
        assertThat(read.body().get(0).path("reviewId").asLong()).isEqualTo(first);
        assertThat(read.body().get(0).path("versionNumber").asInt()).isEqualTo(1);
        assertThat(read.body().get(0).path("text").asText()).isEqualTo(RevisionRounds.RESPONSE_1);
        assertThat(read.body().get(0).path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aBlankAnswerWithdrawsTheResponse() {
        Survey survey = rounds.sentBack();
        rounds.answerBoth(survey);

        put("li.wei", ENGLISH, survey.id(), response(rounds.reviewBy(survey, Surveys.REVIEWER_2).id(), " "));

        assertThat(texts(get("li.wei", survey.id()))).containsExactly(RevisionRounds.RESPONSE_1);
    }

    @Test
    void reviewersAndOrganizersDoNotReadADraftResponse() {
        Survey survey = rounds.sentBack();
        rounds.answerBoth(survey);

        assertThat(get("zhou.qiang", survey.id()).body()).isEmpty();
        assertThat(get("organizer", survey.id()).body()).isEmpty();
    }

    @Test
    void aResearcherWhoIsNotTheLeadIsRefusedInTheirLanguageAndNothingIsWritten() {
        Survey survey = rounds.sentBack();
        long first = rounds.reviewBy(survey, Surveys.REVIEWER_1).id();

        refused(403, "只有牵头研究员可以答复审稿意见",
                () -> put("wang.fang", CHINESE, survey.id(), response(first, "我来答复")));
        refused(403, "Only the lead researcher may answer the reviews",
                () -> put("wang.fang", ENGLISH, survey.id(), response(first, "I answer")));
        refused(403, "", () -> put("zhou.qiang", ENGLISH, survey.id(), response(first, "I answer myself")));
    }

    @Test
    void theResponsesAreFrozenWhenTheNextVersionIsSubmitted() {
        Survey survey = rounds.inSecondRound();
        long first = rounds.reviewBy(survey, Surveys.REVIEWER_1).id();

        refused(409, "下一版提交后即不能再修改", () -> put("li.wei", CHINESE, survey.id(), response(first, "改一下")));
        refused(409, "no longer change once the next version is submitted",
                () -> put("li.wei", ENGLISH, survey.id(), response(first, "changed")));
        assertThat(get("li.wei", survey.id()).body().findValuesAsText("status")).containsOnly("SUBMITTED");
    }

    @Test
    void eachReviewerOfTheNextRoundReadsTheAnswerToTheirOwnReviewOnly() {
        Survey survey = rounds.inSecondRound();

        Answer reviewer = get("zhou.qiang", survey.id());

        assertThat(reviewer.status()).isEqualTo(200);
        assertThat(texts(reviewer)).containsExactly(RevisionRounds.RESPONSE_1);
        assertThat(texts(get("m.ivanov", survey.id()))).containsExactly(RevisionRounds.RESPONSE_2);
        assertThat(texts(get("organizer", survey.id())))
                .containsExactlyInAnyOrder(RevisionRounds.RESPONSE_1, RevisionRounds.RESPONSE_2);
    }

    @Test
    void aResearcherOfAnotherTeamAndAReviewerOfAnotherInvestigationCannotReadThem() {
        Survey survey = rounds.inSecondRound();

        assertThat(get("zhang.lei", survey.id()).status()).isEqualTo(403);
        assertThat(get("wu.jing", survey.id()).status()).isEqualTo(403);
        assertThat(get("admin", survey.id()).status()).isEqualTo(403);
    }

    @Test
    void aResponseTooLongIsRefusedInTheAskedLanguageAndNothingIsWritten() {
        Survey survey = rounds.sentBack();
        long first = rounds.reviewBy(survey, Surveys.REVIEWER_1).id();
        String tooLong = "答".repeat(AuthorResponses.MAX_LENGTH + 1);

        refused(400, "对 Zhou Qiang 周强 的审稿意见的答复过长：最多 20,000 个字符，现有 20,001 个",
                () -> put("li.wei", CHINESE, survey.id(), response(first, tooLong)));
        refused(400, "The response to the review by Zhou Qiang 周强 is too long: at most 20,000 characters, it has 20,001",
                () -> put("li.wei", ENGLISH, survey.id(), response(first, tooLong)));
    }

    @Test
    void aReviewNotOfTheLastRoundIsRefusedInTheAskedLanguageAndNothingIsWritten() {
        Survey survey = rounds.sentBack();
        long elsewhere = rounds.reviewBy(rounds.sentBack(), Surveys.REVIEWER_1).id();
        long first = rounds.reviewBy(survey, Surveys.REVIEWER_1).id();

        refused(400, "第 1 版没有编号为 " + elsewhere + " 的审稿意见", () -> put("li.wei", CHINESE, survey.id(),
                response(first, RevisionRounds.RESPONSE_1), response(elsewhere, "别处的审稿意见")));
        refused(400, "Version 1 has no review 987654321 to answer",
                () -> put("li.wei", ENGLISH, survey.id(), response(987654321L, "nowhere")));
    }

    @Test
    void aBodyWithoutItsListOrWithAnAnswerThatNamesNoReviewIsABadRequest() {
        Survey survey = rounds.sentBack();

        refused(400, "", () -> call(HttpMethod.PUT, "li.wei", ENGLISH, survey.id(), Map.of()));
        refused(400, "", () -> call(HttpMethod.PUT, "li.wei", ENGLISH, survey.id(),
                Map.of("responses", List.of(Map.of("text", "no review")))));
        refused(400, "", () -> call(HttpMethod.PUT, "li.wei", ENGLISH, survey.id(),
                "{\"responses\":[null]}"));
    }

    @Test
    void beforeAnyReviewRoundThereIsNothingToAnswer() {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);

        refused(409, "There is no review to answer now", () -> put("li.wei", ENGLISH, survey.id(), response(1, "x")));
    }
}
