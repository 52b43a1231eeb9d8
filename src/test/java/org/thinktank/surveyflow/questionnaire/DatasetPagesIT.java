package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/** The questionnaire data pages: upload with its errors, a dataset's summaries, and the forms that choose them. */
@IntegrationTest
class DatasetPagesIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    QuestionnaireDatasets datasets;
    @Autowired
    JdbcClient jdbc;

    private long stored(Survey survey) {
        byte[] file = QuestionnaireFiles.wenjuanxingXlsx(12);
        return datasets.upload(survey.id(), Surveys.RESEARCHER,
                new DatasetUpload("营商环境问卷", "问卷星.xlsx", file.length, new ByteArrayResource(file))).id();
    }

    private MockHttpServletResponse upload(Survey survey, String fileName, byte[] content) throws Exception {
        return pages.mvc().perform(multipart("/surveys/" + survey.id() + "/datasets")
                .file(new MockMultipartFile("file", fileName, "text/csv", content)).param("title", "")
                .with(pages.as("wang.fang")).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andReturn().getResponse();
    }

    @Test
    void aBadFileComesBackWithItsProblemAtTheTopOfTheFormAndStoresNothing() throws Exception {
        Survey survey = surveys.launch();

        MockHttpServletResponse response = upload(survey, "名单.csv", "地区\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"error-summary\"").contains("没有答卷")
                .contains("id=\"dataset-form\"").contains("name=\"title\" maxlength=\"200\" value=\"\"");
        assertThat(jdbc.sql("select count(*) from questionnaire_dataset where survey_id = ?").param(survey.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUploadTitledByItsFileNameLeadsToItsSummaries() throws Exception {
        Survey survey = surveys.launch();

        MockHttpServletResponse response = upload(survey, "问卷星导出.csv", QuestionnaireFiles.wenjuanxingCsv(9));

        assertThat(response.getStatus()).isEqualTo(302);
        String page = pages.mvc().perform(get(response.getRedirectedUrl()).with(pages.as("wang.fang"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>问卷星导出.csv</h1>").contains("单选题").contains("量表题")
                .contains("9 份答卷");
    }

    @Test
    void theInvestigationPageListsTheDatasetsToTheTeamButNotToReviewers() throws Exception {
        Survey survey = surveys.launch();
        stored(survey);

        String team = pages.mvc().perform(get("/surveys/" + survey.id()).with(pages.as("li.wei"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        String reviewer = pages.mvc().perform(get("/surveys/" + survey.id()).with(pages.as("zhou.qiang"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();

        assertThat(team).contains("id=\"questionnaire-data\"").contains("营商环境问卷");
        assertThat(reviewer).doesNotContain("questionnaire-data").doesNotContain("营商环境问卷");
    }

    @Test
    void theLeadPutsASummaryInTheReportFromTheDatasetPage() throws Exception {
        Survey survey = surveys.launch();
        long id = stored(survey);

        MockHttpServletResponse response = pages.mvc().perform(post("/surveys/" + survey.id() + "/datasets/" + id + "/tables")
                .param("question", QuestionnaireFiles.WJX_REGION).param("title", "受访者地区分布").param("caption", "")
                .param("by", "").param("chart", "true")
                .with(pages.as("li.wei")).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        String list = pages.mvc().perform(get("/surveys/" + survey.id() + "/datasets").with(pages.as("organizer"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("受访者地区分布");
    }

    @Test
    void aReviewerIsRefusedTheDatasetPage() throws Exception {
        Survey survey = surveys.launch();
        long id = stored(survey);

        assertThat(pages.mvc().perform(get("/surveys/" + survey.id() + "/datasets/" + id).with(pages.as("zhou.qiang"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
