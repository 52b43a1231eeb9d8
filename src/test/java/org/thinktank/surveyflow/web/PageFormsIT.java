package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.LaunchRequest;

/** The pages' forms do the work through the same services as the API, and refuse bad input with clear messages. */
@IntegrationTest
class PageFormsIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;

    private MockMultipartHttpServletRequestBuilder findingForm(Survey survey, String username, String title) {
        MockMultipartHttpServletRequestBuilder request = multipart("/surveys/" + survey.id() + "/findings");
        request.param("title", title).param("method", "INTERVIEW").param("place", "大庆")
                .param("observedOn", "2026-04-18").param("evidence", "访谈 12 家企业").with(csrf())
                .with(pages.as(username));
        return request;
    }

    private long findingsBy(Survey survey, String author) {
        return jdbc.sql("select count(*) from finding where survey_id = ? and author = ?")
                .params(survey.id(), author).query(Long.class).single();
    }

    @Test
    void aFindingWithAnAllowedAttachmentIsSavedAndItsFileCanBeDownloaded() throws Exception {
        Survey survey = surveys.launch();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        pages.mvc().perform(findingForm(survey, "wang.fang", "企业访谈")
                        .file(new MockMultipartFile("attachments", "photo.png", "image/png", png)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys/" + survey.id() + "/findings"));

        long attachmentId = jdbc.sql("""
                select a.id from finding_attachment a join finding f on f.id = a.finding_id
                where f.survey_id = ? and a.file_name = 'photo.png'""").param(survey.id()).query(Long.class).single();
        byte[] downloaded = pages.mvc().perform(get("/surveys/" + survey.id() + "/attachments/" + attachmentId)
                        .with(pages.as("wang.fang")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(png);
    }

    @Test
    void submittedFindingsShowTheirAttachmentsOnTheInvestigationPage() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(findingForm(survey, "wang.fang", "附表")
                        .file(new MockMultipartFile("attachments", "表1.xlsx", "application/octet-stream", new byte[] {'P', 'K'})))
                .andExpect(status().isFound());
        pages.mvc().perform(post("/surveys/" + survey.id() + "/findings/submit").param("confirmed", "true").with(csrf()).with(pages.as("wang.fang")))
                .andExpect(status().isFound());
        pages.mvc().perform(get("/surveys/" + survey.id()).with(pages.as("zhou.qiang")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("表1.xlsx")));
    }

    @Test
    void aDraftFindingsAttachmentIsNotDownloadableByOthers() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(findingForm(survey, "wang.fang", "草稿附件")
                        .file(new MockMultipartFile("attachments", "draft.pdf", "application/pdf", new byte[] {'%'})))
                .andExpect(status().isFound());
        long attachmentId = jdbc.sql("select a.id from finding_attachment a join finding f on f.id = a.finding_id "
                + "where f.survey_id = ?").param(survey.id()).query(Long.class).single();
        pages.mvc().perform(get("/surveys/" + survey.id() + "/attachments/" + attachmentId).with(pages.as("li.wei")))
                .andExpect(status().isNotFound());
        pages.mvc().perform(get("/surveys/" + survey.id() + "/attachments/" + attachmentId).with(pages.as("zhang.lei")))
                .andExpect(status().isForbidden());
    }

    @Test
    void filledFigureRowsAreSavedWithTheFindingAndEmptyRowsIgnored() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(findingForm(survey, "wang.fang", "有数据的发现")
                        .param("figures[0].name", "受访企业数").param("figures[0].value", "212").param("figures[0].unit", "家")
                        .param("figures[1].name", "").param("figures[1].value", "").param("figures[1].unit", ""))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select g.name || '=' || g.value || g.unit from finding_figure g "
                        + "join finding f on f.id = g.finding_id where f.survey_id = ?")
                .param(survey.id()).query(String.class).list())
                .containsExactly("受访企业数=212.0000家");
    }

    @Test
    void aFigureWithoutANameIsRefused() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(findingForm(survey, "wang.fang", "缺指标名").param("figures[0].value", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Name of figure 1: must not be blank")));
        assertThat(findingsBy(survey, "wang.fang")).isZero();
    }

    @Test
    void anAttachmentOfAnotherTypeIsRefusedAndNothingIsSaved() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(findingForm(survey, "wang.fang", "带病毒的附件")
                        .file(new MockMultipartFile("attachments", "setup.exe", "application/octet-stream", new byte[] {1})))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Attachments: setup.exe is not an allowed type; allowed are pdf, docx, xlsx, png, jpg, csv")));
        assertThat(findingsBy(survey, "wang.fang")).isZero();
    }

    @Test
    void anAttachmentOfAnotherTypeIsRefusedInChinese() throws Exception {
        Survey survey = surveys.launch();
        String page = pages.mvc().perform(findingForm(survey, "wang.fang", "带病毒的附件")
                        .file(new MockMultipartFile("attachments", "setup.exe", "application/octet-stream", new byte[] {1}))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page)).contains("附件：“setup.exe”的文件类型不允许，允许的类型：pdf, docx, xlsx, png, jpg, csv")
                .doesNotContain("is not an allowed type");
        assertThat(findingsBy(survey, "wang.fang")).isZero();
    }

    @Test
    void anAttachmentOverTheSizeLimitIsRefused() throws Exception {
        Survey survey = surveys.launch();
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        pages.mvc().perform(findingForm(survey, "wang.fang", "大表格")
                        .file(new MockMultipartFile("attachments", "data.csv", "text/csv", tooLarge)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data.csv is larger than 10 MB")));
        assertThat(findingsBy(survey, "wang.fang")).isZero();
    }

    @Test
    void aFindingWithoutATitleIsShownAgainWithTheErrorUnderTheField() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(findingForm(survey, "wang.fang", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("访谈 12 家企业")));
        assertThat(findingsBy(survey, "wang.fang")).isZero();
    }

    @Test
    void submittingFindingsCompletesTheResearchersTask() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(findingForm(survey, "wang.fang", "企业访谈")).andExpect(status().isFound());
        pages.mvc().perform(post("/surveys/" + survey.id() + "/findings/submit").param("confirmed", "true").with(csrf()).with(pages.as("wang.fang")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select status from finding where survey_id = ? and author = 'wang.fang'")
                .param(survey.id()).query(String.class).single()).isEqualTo("SUBMITTED");
    }

    @Test
    void submittingWithoutAnyFindingShowsWhy() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(post("/surveys/" + survey.id() + "/findings/submit").param("confirmed", "true").with(csrf()).with(pages.as("wang.fang")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Add at least one finding before submitting your findings")));
    }

    private MockHttpServletRequestBuilder report(Survey survey, String summary) {
        return post("/surveys/" + survey.id() + "/report").param("summary", summary).param("background", "背景")
                .param("method", "方法").param("findings", "发现").param("recommendations", "建议")
                .with(csrf()).with(pages.as("li.wei"));
    }

    @Test
    void theLeadSavesADraftAndThenSubmitsItForReview() throws Exception {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);
        pages.mvc().perform(report(survey, "摘要草稿")).andExpect(status().isFound());
        pages.mvc().perform(get("/surveys/" + survey.id() + "/report").with(pages.as("li.wei")))
                .andExpect(content().string(containsString("摘要草稿")));

        pages.mvc().perform(report(survey, "摘要定稿").param("submit", "true").param("confirmed", "true")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/surveys/" + survey.id()));
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.REVIEW);
    }

    @Test
    void aVersionWithABlankSectionIsNotSubmitted() throws Exception {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);
        pages.mvc().perform(report(survey, " ").param("submit", "true").param("confirmed", "true")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Summary: must not be blank in a submitted version")));
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.DRAFTING);
    }

    @Test
    void theLeadRecallsASubmittedVersionFromThePage() throws Exception {
        Survey survey = surveys.inReview();
        pages.mvc().perform(post("/surveys/" + survey.id() + "/report/recall").param("confirmed", "true").with(csrf()).with(pages.as("li.wei")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys/" + survey.id() + "/report"));
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.DRAFTING);
    }

    @Test
    void aVersionAlreadyUnderReviewIsNotRecalledAndThePageSaysWhy() throws Exception {
        Survey survey = surveys.inReview();
        surveys.completeReview(survey, Surveys.REVIEWER_2, Recommendation.ACCEPT);
        pages.mvc().perform(post("/surveys/" + survey.id() + "/report/recall").param("confirmed", "true").with(csrf()).with(pages.as("li.wei")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The review of version 1 has started")));
    }

    private MockHttpServletRequestBuilder review(Survey survey, String reviewer, Recommendation recommendation) {
        return post("/surveys/" + survey.id() + "/review").param("confirmed", "true").param("relevance", "4").param("evidence", "3")
                .param("feasibility", "4").param("clarity", "5").param("recommendation", recommendation.name())
                .param("commentsForAuthors", "请补充国际比较").param("confidentialComments", "")
                .with(csrf()).with(pages.as(reviewer));
    }

    @Test
    void aReviewWithoutScoresIsShownAgainWithTheErrors() throws Exception {
        Survey survey = surveys.inReview();
        pages.mvc().perform(post("/surveys/" + survey.id() + "/review").param("confirmed", "true").param("recommendation", "ACCEPT")
                        .param("commentsForAuthors", "好").with(csrf()).with(pages.as("zhou.qiang")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"relevance-error\"")));
    }

    @Test
    void aReviewerSeesWhatChangedSinceTheVersionTheyReviewed() throws Exception {
        Survey survey = surveys.inReview();
        pages.mvc().perform(review(survey, "zhou.qiang", Recommendation.MAJOR_REVISION)).andExpect(status().isFound());
        pages.mvc().perform(review(survey, "m.ivanov", Recommendation.ACCEPT)).andExpect(status().isFound());
        surveys.submitDraft(survey, "v2 with an international comparison");

        pages.mvc().perform(get("/surveys/" + survey.id() + "/review").with(pages.as("zhou.qiang")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Changed since you reviewed version 1")))
                .andExpect(content().string(containsString("<ins>")))
                .andExpect(content().string(containsString("comparison")));
    }

    @Test
    void theFirstReviewShowsNoDiff() throws Exception {
        Survey survey = surveys.inReview();
        pages.mvc().perform(get("/surveys/" + survey.id() + "/review").with(pages.as("zhou.qiang")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Changed since you reviewed"))));
    }

    private MockHttpServletRequestBuilder decision(Survey survey, String decision) {
        return post("/surveys/" + survey.id() + "/decision").param("confirmed", "true").param("decision", decision)
                .with(csrf()).with(pages.as("organizer"));
    }

    @Test
    void anOrganizerApprovesAndTheReportIsPublished() throws Exception {
        Survey survey = surveys.awaitingApproval();
        pages.mvc().perform(decision(survey, "APPROVE")).andExpect(status().isFound());
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.PUBLISHED);
    }

    @Test
    void sendingBackWithoutAReasonIsRefused() throws Exception {
        Survey survey = surveys.awaitingApproval();
        pages.mvc().perform(decision(survey, "SEND_BACK"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Reason: must not be blank when the decision is Send back for revision")));
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.APPROVAL);
    }

    @Test
    void anOrganizerClosesAnInvestigationWhoseReportWasRejected() throws Exception {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.REJECT, Recommendation.ACCEPT);
        pages.mvc().perform(get("/surveys/" + survey.id() + "/decision").with(pages.as("organizer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Close the investigation")));

        pages.mvc().perform(decision(survey, "CLOSE").param("reason", "前提不成立")).andExpect(status().isFound());
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.CLOSED);
    }

    @Test
    void approvingIsNotAnOptionForARejectedReport() throws Exception {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.REJECT, Recommendation.ACCEPT);
        pages.mvc().perform(decision(survey, "APPROVE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Decision: must be one of")));
        assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.DECISION);
    }

    /** The dashboard's launch form for the demo meeting, its four due dates filled in, posted as that user. */
    private MockHttpServletRequestBuilder launchForm(String username) {
        LaunchRequest due = surveys.launchRequest(); // due dates lie within five years from today
        return post("/meetings/" + surveys.meetingId() + "/surveys").param("planDue", due.planDue().toString())
                .param("findingsDue", due.findingsDue().toString())
                .param("draftDue", due.draftDue().toString()).param("reviewDue", due.reviewDue().toString())
                .param("approvalDue", due.approvalDue().toString()).with(csrf()).with(pages.as(username));
    }

    @Test
    void anOrganizerLaunchesAnInvestigationFromTheDashboard() throws Exception {
        pages.mvc().perform(launchForm("organizer").param("topic", "黑土地保护 Black soil").param("region", "绥化")
                        .param("lead", "zhang.lei").param("team", "liu.yang").param("reviewers", "wu.jing"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/surveys/*"));
    }

    @Test
    void anOrganizerGivesTheEnglishTopicOnTheDashboard() throws Exception {
        String location = pages.mvc().perform(launchForm("organizer").param("topic", "黑土地保护")
                        .param("topicEn", "Protecting black soil").param("region", "绥化").param("lead", "zhang.lei")
                        .param("reviewers", "wu.jing"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        assertThat(jdbc.sql("select topic_en from survey where id = ?")
                .param(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).query(String.class).single())
                .isEqualTo("Protecting black soil");
    }

    @Test
    void theLaunchFormLabelsTheEnglishTopicInTheReadersLanguage() throws Exception {
        assertThat(pages.mvc().perform(get("/meetings/" + surveys.meetingId() + "/dashboard").param("lang", "zh-CN")
                        .with(pages.as("organizer"))).andReturn().getResponse().getContentAsString())
                .contains("<label for=\"topicEn\">英文题目（选填）</label>", "name=\"topicEn\"");
    }

    @Test
    void aLaunchWithoutReviewersOrTopicIsShownAgainWithEveryError() throws Exception {
        pages.mvc().perform(launchForm("organizer").param("topic", "").param("region", "绥化").param("lead", "zhang.lei"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Reviewers: must have at least one")))
                .andExpect(content().string(containsString("Topic: must not be blank")));
    }

    @Test
    void aResearcherCannotLaunch() throws Exception {
        pages.mvc().perform(launchForm("li.wei").param("topic", "x").param("region", "y").param("lead", "zhang.lei")
                        .param("reviewers", "wu.jing"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDiagramHighlightsTheCurrentStep() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(get("/surveys/" + survey.id() + "/diagram.svg").with(pages.as("li.wei")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("data-element=\"submitFindings\" data-current=\"true\"")))
                .andExpect(content().string(not(containsString("data-element=\"draftReport\" data-current"))));
    }
}
