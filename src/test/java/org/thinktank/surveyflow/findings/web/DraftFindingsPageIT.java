package org.thinktank.surveyflow.findings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/**
 * A researcher's draft findings are theirs until submitted: edited and deleted on the page and through the API,
 * refused afterwards and to others with nothing changed; irreversible actions wait for confirmation; refused forms
 * come back with every error listed at the top, linked to its field, and the typed text kept.
 */
@IntegrationTest
class DraftFindingsPageIT {

    private static final String ZH = "zh-CN";
    private static final String EN = "en";

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    private MockMultipartHttpServletRequestBuilder findingForm(String path, String username, String language) {
        return findingForm(path, username, language, "修改后的标题", "大庆", "访谈 12 家企业");
    }

    private MockMultipartHttpServletRequestBuilder findingForm(String path, String username, String language,
                                                               String title, String place, String evidence) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        request.param("title", title).param("method", "INTERVIEW").param("place", place)
                .param("observedOn", "2026-04-18").param("evidence", evidence)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).with(csrf()).with(pages.as(username));
        return request;
    }

    private MockHttpServletRequestBuilder deletion(Survey survey, long findingId, String username, String language) {
        return post("/surveys/" + survey.id() + "/findings/" + findingId + "/delete")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).with(csrf()).with(pages.as(username));
    }

    /** The pages with the application's own filters too, as a browser meets them. */
    private MockMvc withFilters() {
        return MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean("wholePageForms", Filter.class))
                .apply(springSecurity()).build();
    }

    private String titleOf(long findingId) {
        return jdbc.sql("select title from finding where id = ?").param(findingId).query(String.class).single();
    }

    private long findingsNamed(long id) {
        return jdbc.sql("select count(*) from finding where id = ?").param(id).query(Long.class).single();
    }

    private long auditEvents(Survey survey, String kind) {
        return jdbc.sql("select count(*) from audit_event where survey_id = ? and kind = ?")
                .params(survey.id(), kind).query(Long.class).single();
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        return HtmlUtils.htmlUnescape(pages.mvc().perform(request).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theAuthorsDraftShowsEditAndDeleteAndItsEditFormHoldsItsText() throws Exception {
        Survey survey = surveys.launch();
        Finding draft = surveys.draftFinding(survey, Surveys.RESEARCHER);
        String list = html(get("/surveys/" + survey.id() + "/findings").header(HttpHeaders.ACCEPT_LANGUAGE, ZH)
                .with(pages.as("wang.fang")), 200);
        assertThat(list).contains("id=\"edit-finding-" + draft.id() + "\"", "id=\"delete-finding-" + draft.id() + "\"",
                ">修改<", ">删除<");
        String edit = html(get("/surveys/" + survey.id() + "/findings/" + draft.id() + "/edit")
                .header(HttpHeaders.ACCEPT_LANGUAGE, EN).with(pages.as("wang.fang")), 200);
        assertThat(edit).contains("Edit the finding", "value=\"" + draft.title() + "\"",
                "action=\"/surveys/" + survey.id() + "/findings/" + draft.id() + "\"", "Save changes");
    }

    @Test
    void othersDoNotSeeEditOrDeleteOnADraftTheyCannotChange() throws Exception {
        Survey survey = surveys.launch();
        Finding draft = surveys.draftFinding(survey, Surveys.RESEARCHER);
        surveys.submitFindings(survey, Surveys.LEAD);
        assertThat(html(get("/surveys/" + survey.id() + "/findings").header(HttpHeaders.ACCEPT_LANGUAGE, EN)
                .with(pages.as("li.wei")), 200)).doesNotContain("edit-finding-", "delete-finding-");
        assertThat(draft.id()).isPositive();
    }

    @Test
    void theAuthorEditsADraftFindingAndTheChangeIsAudited() throws Exception {
        Survey survey = surveys.launch();
        Finding draft = surveys.draftFinding(survey, Surveys.RESEARCHER);
        pages.mvc().perform(findingForm("/surveys/" + survey.id() + "/findings/" + draft.id(), "wang.fang", ZH))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys/" + survey.id() + "/findings"));
        assertThat(titleOf(draft.id())).isEqualTo("修改后的标题");
        assertThat(auditEvents(survey, "FINDING_UPDATED")).isEqualTo(1);
    }

    @Test
    void theAuthorDeletesADraftFindingWithItsAttachmentsAndTheDeletionIsAudited() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(findingForm("/surveys/" + survey.id() + "/findings", "wang.fang", EN)
                        .file(new MockMultipartFile("attachments", "表1.csv", "text/csv", "a,b\n".getBytes())))
                .andExpect(status().isFound());
        long id = jdbc.sql("select id from finding where survey_id = ?").param(survey.id()).query(Long.class).single();
        pages.mvc().perform(post("/surveys/" + survey.id() + "/findings/" + id + "/delete").param("confirmed", "true")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, EN).with(csrf()).with(pages.as("wang.fang")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys/" + survey.id() + "/findings"));
        assertThat(findingsNamed(id)).isZero();
        assertThat(jdbc.sql("select count(*) from finding_attachment where finding_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(auditEvents(survey, "FINDING_DELETED")).isEqualTo(1);
    }

    @Test
    void aDeletionPostedWithoutConfirmationAsksFirstInChineseAndDeletesNothing() throws Exception {
        Survey survey = surveys.launch();
        Finding draft = surveys.draftFinding(survey, Surveys.RESEARCHER);
        String page = html(deletion(survey, draft.id(), "wang.fang", ZH)
                .header(HttpHeaders.REFERER, "http://localhost/surveys/" + survey.id() + "/findings"), 200);
        assertThat(page).contains("请确认", "确定删除这条草稿调研发现及其附件吗？",
                "name=\"confirmed\" value=\"true\"", "href=\"/surveys/" + survey.id() + "/findings\"");
        assertThat(findingsNamed(draft.id())).isOne();
    }

    @Test
    void aSubmissionPostedWithoutConfirmationAsksFirstInEnglishAndSubmitsNothing() throws Exception {
        Survey survey = surveys.launch();
        surveys.draftFinding(survey, Surveys.RESEARCHER);
        String page = html(post("/surveys/" + survey.id() + "/findings/submit").header(HttpHeaders.ACCEPT_LANGUAGE, EN)
                .with(csrf()).with(pages.as("wang.fang")), 200);
        assertThat(page).contains("Please confirm", "Submit all your draft findings to the lead?",
                "action=\"/surveys/" + survey.id() + "/findings/submit\"");
        assertThat(jdbc.sql("select count(*) from finding where survey_id = ? and status = 'SUBMITTED'")
                .param(survey.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aConfirmedPostFromHtmxLoadsTheNextPageInTheBrowser() throws Exception {
        Survey survey = surveys.launch();
        Finding draft = surveys.draftFinding(survey, Surveys.RESEARCHER);
        withFilters().perform(deletion(survey, draft.id(), "wang.fang", EN).param("confirmed", "true")
                        .header("HX-Request", "true").header("HX-Boosted", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/surveys/" + survey.id() + "/findings"));
        assertThat(findingsNamed(draft.id())).isZero();
    }

    @Test
    void aSubmittedFindingCannotBeEditedOrDeletedAndStaysAsItWas() throws Exception {
        Survey survey = surveys.launch();
        surveys.submitFindings(survey, Surveys.RESEARCHER);
        long submitted = jdbc.sql("select id from finding where survey_id = ?").param(survey.id()).query(Long.class).single();
        String title = titleOf(submitted);
        pages.mvc().perform(findingForm("/surveys/" + survey.id() + "/findings/" + submitted, "wang.fang", ZH))
                .andExpect(status().isConflict());
        pages.mvc().perform(deletion(survey, submitted, "wang.fang", ZH).param("confirmed", "true"))
                .andExpect(status().isConflict());
        pages.mvc().perform(delete("/api/surveys/" + survey.id() + "/findings/" + submitted)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, EN).with(pages.as("wang.fang")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("was submitted and can no longer be edited")));
        assertThat(titleOf(submitted)).isEqualTo(title);
        assertThat(auditEvents(survey, "FINDING_DELETED") + auditEvents(survey, "FINDING_UPDATED")).isZero();
    }

    @Test
    void anotherResearcherCannotEditOrDeleteADraft() throws Exception {
        Survey survey = surveys.launch();
        Finding draft = surveys.draftFinding(survey, Surveys.RESEARCHER);
        pages.mvc().perform(findingForm("/surveys/" + survey.id() + "/findings/" + draft.id(), "li.wei", EN))
                .andExpect(status().isForbidden());
        pages.mvc().perform(deletion(survey, draft.id(), "li.wei", EN).param("confirmed", "true"))
                .andExpect(status().isForbidden());
        pages.mvc().perform(delete("/api/surveys/" + survey.id() + "/findings/" + draft.id())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, EN).with(pages.as("li.wei")))
                .andExpect(status().isForbidden());
        assertThat(titleOf(draft.id())).isEqualTo(draft.title());
    }

    @Test
    void theAuthorDeletesADraftThroughTheApi() throws Exception {
        Survey survey = surveys.launch();
        Finding draft = surveys.draftFinding(survey, Surveys.RESEARCHER);
        pages.mvc().perform(delete("/api/surveys/" + survey.id() + "/findings/" + draft.id())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, EN).with(pages.as("wang.fang")))
                .andExpect(status().isNoContent());
        assertThat(findingsNamed(draft.id())).isZero();
    }

    @Test
    void submittingWithoutAnyFindingExplainsItOnTheFindingsPageInChinese() throws Exception {
        Survey survey = surveys.launch();
        String page = html(post("/surveys/" + survey.id() + "/findings/submit").param("confirmed", "true")
                .header(HttpHeaders.ACCEPT_LANGUAGE, ZH).with(csrf()).with(pages.as("wang.fang")), 409);
        assertThat(page).contains("id=\"submit-refusal\"", "您还没有可提交的调研发现", "id=\"finding-form\"",
                "href=\"#finding-form\"");
    }

    @Test
    void submittingWithoutAnyFindingExplainsItOnTheFindingsPageInEnglish() throws Exception {
        Survey survey = surveys.launch();
        String page = html(post("/surveys/" + survey.id() + "/findings/submit").param("confirmed", "true")
                .header(HttpHeaders.ACCEPT_LANGUAGE, EN).with(csrf()).with(pages.as("wang.fang")), 409);
        assertThat(page).contains("id=\"submit-refusal\"", "Add at least one finding before submitting your findings",
                "id=\"finding-form\"");
    }

    @Test
    void aFormWithTwoErrorsListsBothAtTheTopLinkedToTheirFieldsAndKeepsTheTypedTextInChinese() throws Exception {
        twoErrors(ZH, "表单中有 2 处问题");
    }

    @Test
    void aFormWithTwoErrorsListsBothAtTheTopLinkedToTheirFieldsAndKeepsTheTypedTextInEnglish() throws Exception {
        twoErrors(EN, "There are 2 problems");
    }

    private void twoErrors(String language, String heading) throws Exception {
        Survey survey = surveys.launch();
        String page = html(findingForm("/surveys/" + survey.id() + "/findings", "wang.fang", language, "", "",
                "我输入的证据文字"), 400);
        assertThat(page).contains("id=\"error-summary\"", "role=\"alert\"", heading, "href=\"#title\"",
                "href=\"#place\"", "id=\"title-error\"", "id=\"place-error\"", "我输入的证据文字");
        assertThat(page.split("<div class=\"error-summary\"")[1].split("</div>")[0].split("<li>")).hasSize(3);
    }

    @Test
    void requiredFieldsAreMarkedWithAnAccessibleWordInBothLanguages() throws Exception {
        Survey survey = surveys.launch();
        assertThat(html(get("/surveys/" + survey.id() + "/findings").header(HttpHeaders.ACCEPT_LANGUAGE, ZH)
                .with(pages.as("wang.fang")), 200)).contains("class=\"sr-only\">必填<", "标有 * 的为必填项。",
                "id=\"title\" name=\"title\" value=\"\" required");
        assertThat(html(get("/surveys/" + survey.id() + "/findings").header(HttpHeaders.ACCEPT_LANGUAGE, EN)
                .with(pages.as("wang.fang")), 200)).contains("class=\"sr-only\">required<");
    }

    @Test
    void aChosenAttachmentIsSaidNotToBeKeptWhenTheFormHasErrorsInChinese() throws Exception {
        Survey survey = surveys.launch();
        String page = html(findingForm("/surveys/" + survey.id() + "/findings", "wang.fang", ZH, "", "大庆", "证据")
                .file(new MockMultipartFile("attachments", "问卷.pdf", "application/pdf", new byte[] {'%'})), 400);
        assertThat(page).contains("表单有误，所选附件未保存，请重新选择：问卷.pdf", "href=\"#attachments\"",
                "id=\"attachments-error\"");
        assertThat(jdbc.sql("select count(*) from finding where survey_id = ?").param(survey.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aChosenAttachmentIsSaidNotToBeKeptWhenTheFormHasErrorsInEnglish() throws Exception {
        Survey survey = surveys.launch();
        String page = html(findingForm("/surveys/" + survey.id() + "/findings", "wang.fang", EN, "Title", "", "Evidence")
                .file(new MockMultipartFile("attachments", "survey.pdf", "application/pdf", new byte[] {'%'})), 400);
        assertThat(page).contains("The files you chose were not saved because the form has errors; choose them again: survey.pdf");
    }

    @Test
    void aRefusedFormPostedByHtmxIsTheWholePageAndKeepsItsAddress() throws Exception {
        Survey survey = surveys.launch();
        withFilters().perform(findingForm("/surveys/" + survey.id() + "/findings", "wang.fang", EN, "", "大庆", "证据")
                        .header("HX-Request", "true").header("HX-Boosted", "true"))
                .andExpect(status().isBadRequest()).andExpect(header().string("HX-Push-Url", "false"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(not(containsString("HX-Redirect"))));
    }
}
