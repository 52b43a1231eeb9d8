package org.thinktank.surveyflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.JsonBodies;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;

/** An investigation's optional English topic, for the bilingual title of its report: given, left out, or refused. */
@IntegrationTest
class EnglishTopicIT {

    private static final String TOPIC_EN = "Digital economy: current state and paths forward";

    @Autowired
    Api api;
    @Autowired
    Refusals refusals;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    Pages pages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    HttpFiles files;

    private ApiClient organizer() {
        return api.as("organizer");
    }

    private Map<String, Object> launch(Object... overrides) {
        return JsonBodies.of(json, surveys.launchRequest(), overrides);
    }

    private String surveyPage(Survey survey) throws Exception {
        return pages.mvc().perform(get("/surveys/" + survey.id()).param("lang", "zh-CN").with(pages.as("organizer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aLaunchWithAnEnglishTopicKeepsItAndTheApiShowsIt() {
        ApiClient.Response launched = organizer().post("/api/surveys", launch("topicEn", "  " + TOPIC_EN + " "));
        assertThat(launched.code()).as(launched.toString()).isEqualTo(201);

        JsonNode details = organizer().get("/api/surveys/" + launched.body().path("id").asLong()).body();

        assertThat(details.path("survey").path("topicEn").asText()).isEqualTo(TOPIC_EN);
        assertThat(details.path("survey").path("topic").asText()).isEqualTo("数字经济发展现状与路径调研 Digital economy");
    }

    @Test
    void aLaunchWithoutAnEnglishTopicHasNone() {
        ApiClient.Response launched = organizer().post("/api/surveys", launch());

        assertThat(launched.code()).as(launched.toString()).isEqualTo(201);
        assertThat(launched.body().has("topicEn")).as(launched.toString()).isFalse();
    }

    @Test
    void aBlankEnglishTopicIsNone() {
        ApiClient.Response launched = organizer().post("/api/surveys", launch("topicEn", " \u3000 "));

        assertThat(launched.code()).as(launched.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select topic_en from survey where id = ?").param(launched.body().path("id").asLong())
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void anEnglishTopicOverThreeHundredCharactersIsRefusedNamingTheField() {
        refusals.expect(400, "Topic in English: must be at most 300 characters",
                () -> organizer().post("/api/surveys", launch("topicEn", "a".repeat(301))));
    }

    @Test
    void anEnglishTopicOfTwoLinesIsRefusedNamingTheField() {
        refusals.expect(400, "Topic in English: must be one line",
                () -> organizer().post("/api/surveys", launch("topicEn", "Digital\neconomy")));
    }

    @Test
    void theSurveyPageShowsTheEnglishTopicUnderTheTopic() throws Exception {
        Survey survey = registry.launch(surveys.launchRequest().withTopicEn(TOPIC_EN), Surveys.ORGANIZER);

        String html = surveyPage(survey);

        assertThat(html).containsSubsequence("数字经济发展现状与路径调研 Digital economy</span></h1>",
                "<p class=\"topic-en\" id=\"topic-en\" lang=\"en\">" + TOPIC_EN + "</p>");
    }

    @Test
    void theSurveyPageShowsNoEnglishLineWithoutAnEnglishTopic() throws Exception {
        assertThat(surveyPage(surveys.launch())).doesNotContain("topic-en");
    }

    @Test
    void theDemoInvestigationHasItsEnglishTopic() {
        assertThat(jdbc.sql("select topic_en from survey where topic = '黑龙江省数字经济发展现状与路径调研' order by id limit 1")
                .query(String.class).single()).isEqualTo("Digital economy in Heilongjiang: current state and paths forward");
    }

    @Test
    void theStudyReportsCoverCarriesTheEnglishTitle() throws Exception {
        Survey survey = surveys.toReview(surveys.planApproved(
                registry.launch(surveys.launchRequest().withTopicEn(TOPIC_EN), Surveys.ORGANIZER)));

        HttpFiles.Download download = files.get("organizer",
                "/api/surveys/" + survey.id() + "/report/versions/1/document.docx");

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains(TOPIC_EN);
        }
    }
}
