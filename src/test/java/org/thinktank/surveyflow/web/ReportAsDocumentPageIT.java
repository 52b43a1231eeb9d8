package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/** Reviewers read the report, and everyone the findings, as documents: Markdown rendered, never raw, never unsafe. */
@IntegrationTest
class ReportAsDocumentPageIT {

    private static final String SECTION = "**基线说明：**1950 年\n\n| 城市 | 企业 |\n| --- | ---: |\n| 哈尔滨 | 212 |\n\n"
            + "<script>alert('x')</script>";

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    ReportArchive reports;
    @Autowired
    SurveyTasks surveyTasks;
    @Autowired
    FindingsBook findings;

    private String page(String path, String username) throws Exception {
        return pages.mvc().perform(get(path).with(pages.as(username))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theReviewerReadsTheReportsMarkdownAsADocument() throws Exception {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);
        reports.saveDraft(survey.id(), Surveys.LEAD, new ReportSections(SECTION, "背景", "方法", "发现", "建议"));
        surveyTasks.submitReport(survey.id(), Surveys.LEAD);

        String review = page("/surveys/" + survey.id() + "/review", "zhou.qiang");

        assertThat(HtmlUtils.htmlUnescape(review)).contains("<strong>基线说明：</strong>1950 年", "<th>城市</th>",
                "<td align=\"right\">212</td>").doesNotContain("**基线说明");
        assertThat(review).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
    }

    @Test
    void aFindingsEvidenceReadsAsADocument() throws Exception {
        Survey survey = surveys.launch();
        findings.add(survey.id(), Surveys.LEAD, new FindingForm("上云", FieldMethod.QUESTIONNAIRE, "哈尔滨",
                LocalDate.of(2026, 4, 18), "在受访企业中，**仅 31%** 已上云。\n\n- 制造业\n- 服务业<img src=x onerror=alert(1)>",
                "", "", List.of(new Figure("上云比例", new BigDecimal("31"), "%"))));

        String page = page("/surveys/" + survey.id() + "/findings", "li.wei");

        assertThat(HtmlUtils.htmlUnescape(page)).contains("<strong>仅 31%</strong>", "<li>制造业</li>").doesNotContain("**仅");
        assertThat(page).doesNotContain("<img src=x");
    }

    @Test
    void theApproverSeesTheReportAndEveryReviewersScoresByNameInOneTable() throws Exception {
        Survey survey = surveys.awaitingApproval();

        String decision = HtmlUtils.htmlUnescape(page("/surveys/" + survey.id() + "/decision", "organizer"));

        assertThat(decision).contains("id=\"scores\"", "<h3>Summary</h3>", "摘要 Summary v1")
                .containsPattern("<td title=\"东北振兴研究院 Northeast Revitalization Institute\">Zhou Qiang 周强</td>"
                        + "<td>4</td>\\s*<td>4</td><td>3</td>\\s*<td>5</td>\\s*<td>Accept</td>")
                .contains(">Mikhail Ivanov</td>").doesNotContain("zhou.qiang", "m.ivanov");
    }

    @Test
    void eachPointOfTheScoreScaleSaysWhatItMeans() throws Exception {
        Survey survey = surveys.inReview();

        String review = pages.mvc().perform(get("/surveys/" + survey.id() + "/review").with(pages.as("zhou.qiang"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();

        assertThat(HtmlUtils.htmlUnescape(review)).contains("1 很差", "3 一般", "5 优秀").containsPattern(
                "id=\"relevance-5\"[^>]*> <span>5 优秀</span>");
    }

    @Test
    void theReportEditorPreviewsWhatTheLeadTypesRenderedAndSanitized() throws Exception {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);

        String editor = page("/surveys/" + survey.id() + "/report", "li.wei");
        String preview = pages.mvc().perform(post("/markdown/preview").param("summary", "**基线说明：**1950<script>x</script>")
                .with(pages.as("li.wei")).with(csrf())).andReturn().getResponse().getContentAsString();

        assertThat(editor).contains("hx-post=\"/markdown/preview\"", "hx-params=\"summary\"", "id=\"preview-summary\"");
        assertThat(HtmlUtils.htmlUnescape(preview)).contains("<strong>基线说明：</strong>1950");
        assertThat(preview).doesNotContain("<script");
    }

    @Test
    void thePreviewIsForSignedInUsersWithTheFormsToken() throws Exception {
        pages.mvc().perform(post("/markdown/preview").param("summary", "x").with(csrf()))
                .andExpect(status().is3xxRedirection());
        pages.mvc().perform(post("/markdown/preview").param("summary", "x").with(pages.as("li.wei")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPreviewOfNothingIsEmpty() throws Exception {
        String preview = pages.mvc().perform(post("/markdown/preview").with(pages.as("li.wei")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(preview).isEmpty();
    }
}
