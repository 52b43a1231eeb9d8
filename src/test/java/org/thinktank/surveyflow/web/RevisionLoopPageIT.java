package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.review.AuthorResponse;
import org.thinktank.surveyflow.review.AuthorResponses;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.review.ResponseText;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.RevisionRounds;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/**
 * The revision loop in context: the lead's revise page shows the last round's reviews and takes an answer to each;
 * the reviewer of the next round reads their review and its answer above the diff; organizers read every answer.
 */
@IntegrationTest
class RevisionLoopPageIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    RevisionRounds rounds;
    @Autowired
    AuthorResponses responses;
    @Autowired
    ReportArchive reports;
    @Autowired
    JdbcClient jdbc;

    private String page(String path, String username, String language) throws Exception {
        return HtmlUtils.htmlUnescape(pages.mvc().perform(get(path).with(pages.as(username))
                .header("Accept-Language", language)).andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletResponse postReport(Survey survey, String language, String summary, long reviewId,
                                               String response, boolean submit) throws Exception {
        MockHttpServletRequestBuilder request = post("/surveys/" + survey.id() + "/report")
                .with(pages.as("li.wei")).with(csrf()).header("Accept-Language", language)
                .param("summary", summary).param("background", "背景").param("method", "方法")
                .param("findings", "发现").param("recommendations", "建议")
                .param("response[" + reviewId + "]", response);
        if (submit) {
            request.param("submit", "true").param("confirmed", "true");
        }
        return pages.mvc().perform(request).andReturn().getResponse();
    }

    @Test
    void theRevisePageShowsEachReviewOfTheLastRoundWithoutTheConfidentialComments() throws Exception {
        Survey survey = rounds.sentBack();

        String chinese = page("/surveys/" + survey.id() + "/report", "li.wei", "zh-CN");
        String english = page("/surveys/" + survey.id() + "/report", "li.wei", "en");

        assertThat(chinese).contains("第 1 版的审稿意见", "Zhou Qiang 周强 的审稿意见", "Mikhail Ivanov 的审稿意见",
                        "title=\"东北振兴研究院 Northeast Revitalization Institute\"", "相关性（1–5）", "2 较差",
                        "<strong class=\"recommendation\">大修</strong>", "<strong class=\"recommendation\">接受</strong>",
                        "请补充<strong>国际比较</strong>。", "您对这份审稿意见的答复")
                .doesNotContain(RevisionRounds.CONFIDENTIAL_1, RevisionRounds.CONFIDENTIAL_2, "MAJOR_REVISION",
                        "zhou.qiang", "**国际比较**");
        assertThat(english).contains("Reviews of version 1", "Review by Zhou Qiang 周强", "Relevance (1–5)", "2 Weak",
                "Major revision", "Accept", "Your response to this review").doesNotContain("Confidential:");
    }

    @Test
    void eachAnswerHasALivePreviewAndTheFirstDraftHasNoReviewsToAnswer() throws Exception {
        Survey revising = rounds.sentBack();
        long first = rounds.reviewBy(revising, Surveys.REVIEWER_1).id();
        Survey drafting = surveys.launch();
        surveys.allFindingsIn(drafting);

        assertThat(page("/surveys/" + revising.id() + "/report", "li.wei", "en"))
                .contains("name=\"response[" + first + "]\"", "hx-params=\"response[" + first + "]\"",
                        "hx-target=\"#preview-response-" + first + "\"");
        assertThat(page("/surveys/" + drafting.id() + "/report", "li.wei", "en")).doesNotContain("reviews-to-answer");
    }

    @Test
    void theLeadSavesTheAnswersWithTheDraftAndFindsThemAgain() throws Exception {
        Survey survey = rounds.sentBack();
        long first = rounds.reviewBy(survey, Surveys.REVIEWER_1).id();

        MockHttpServletResponse saved = postReport(survey, "zh-CN", "摘要 v2", first, RevisionRounds.RESPONSE_1, false);

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(responses.visibleIn(survey.id(), Surveys.LEAD)).extracting(AuthorResponse::text)
                .containsExactly(RevisionRounds.RESPONSE_1);
        assertThat(reports.draft(survey.id(), Surveys.LEAD).sections().summary()).isEqualTo("摘要 v2");
        assertThat(page("/surveys/" + survey.id() + "/report", "li.wei", "zh-CN"))
                .contains(">" + RevisionRounds.RESPONSE_1 + "</textarea>");
    }

    @Test
    void aTooLongAnswerIsShownOnTheSamePageWithItsErrorInTheReadersLanguageAndNothingIsWritten() throws Exception {
        Survey survey = rounds.sentBack();
        long first = rounds.reviewBy(survey, Surveys.REVIEWER_1).id();
        String tooLong = "答".repeat(20_001);
        DatabaseSnapshot rows = DatabaseSnapshot.of(jdbc);
        String content = DatabaseSnapshot.contentOf(jdbc);

        MockHttpServletResponse chinese = postReport(survey, "zh-CN", "摘要 typed", first, tooLong, false);
        MockHttpServletResponse english = postReport(survey, "en", "summary typed", first, tooLong, true);

        assertThat(chinese.getStatus()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(chinese.getContentAsString()))
                .contains("对 Zhou Qiang 周强 的审稿意见的答复过长", ">摘要 typed</textarea>");
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(english.getContentAsString()))
                .contains("The response to the review by Zhou Qiang 周强 is too long", ">summary typed</textarea>");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(rows);
        assertThat(DatabaseSnapshot.contentOf(jdbc)).isEqualTo(content);
    }

    @Test
    void anAnswerToAReviewThatIsNoReviewIdIsABadRequestThatWritesNothing() throws Exception {
        Survey survey = rounds.sentBack();
        DatabaseSnapshot rows = DatabaseSnapshot.of(jdbc);
        String content = DatabaseSnapshot.contentOf(jdbc);

        MockHttpServletResponse response = pages.mvc().perform(post("/surveys/" + survey.id() + "/report")
                .with(pages.as("li.wei")).with(csrf()).header("Accept-Language", "en")
                .param("summary", "s").param("response[abc]", "x")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(rows);
        assertThat(DatabaseSnapshot.contentOf(jdbc)).isEqualTo(content);
    }

    @Test
    void theReviewerOfTheNextRoundSeesTheirOwnReviewAndItsAnswerAboveTheDiff() throws Exception {
        Survey survey = rounds.inSecondRound();

        String chinese = page("/surveys/" + survey.id() + "/review", "zhou.qiang", "zh-CN");
        String english = page("/surveys/" + survey.id() + "/review", "zhou.qiang", "en");

        assertThat(chinese).contains("您对第 1 版的审稿意见及作者答复", "作者答复", "已在第三节补充<strong>日本与德国</strong>的比较。",
                        "请补充<strong>国际比较</strong>。", "2 较差", "大修")
                .doesNotContain(RevisionRounds.RESPONSE_2, "论证充分", RevisionRounds.CONFIDENTIAL_1);
        assertThat(chinese.indexOf("id=\"previous-review\"")).isPositive().isLessThan(chinese.indexOf("id=\"changes\""));
        assertThat(english).contains("Your review of version 1 and the authors' response", "The authors' response",
                "Major revision");
    }

    @Test
    void organizersReadEveryAnswerOnTheApprovalPageLinkedFromTheScores() throws Exception {
        Survey survey = rounds.inSecondRound();
        surveys.reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);

        String chinese = page("/surveys/" + survey.id() + "/decision", "organizer", "zh-CN");
        String english = page("/surveys/" + survey.id() + "/decision", "organizer", "en");

        assertThat(chinese).contains("<a id=\"to-responses\" href=\"#responses\">作者对第 1 版审稿意见的答复</a>",
                "id=\"responses\"", "<td>接受</td>", "已在第三节补充<strong>日本与德国</strong>的比较。",
                "谢谢，已修改措辞。", "大修");
        assertThat(english).contains("The authors' responses to the reviews of version 1", "<td>Accept</td>");
    }

    @Test
    void organizersDecidingOnARejectedReportSeeWhichReviewWentUnanswered() throws Exception {
        Survey survey = rounds.sentBack();
        responses.save(survey.id(), Surveys.LEAD, List.of(new ResponseText(
                rounds.reviewBy(survey, Surveys.REVIEWER_1).id(), RevisionRounds.RESPONSE_1)));
        surveys.submitDraft(survey, "v2");
        surveys.reviewRound(survey, Recommendation.REJECT, Recommendation.ACCEPT);

        String decision = page("/surveys/" + survey.id() + "/decision", "organizer", "en");

        assertThat(decision).contains("href=\"#responses\"", "Added Japan and Germany.",
                "The authors did not answer this review.", "<td>Reject</td>");
    }
}
