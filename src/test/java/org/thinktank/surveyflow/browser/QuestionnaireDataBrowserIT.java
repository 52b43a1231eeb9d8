package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.thinktank.surveyflow.questionnaire.DatasetUpload;
import org.thinktank.surveyflow.questionnaire.QuestionnaireDatasets;
import org.thinktank.surveyflow.questionnaire.QuestionnaireFiles;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * A dataset's page in a real (headless) browser, in Chinese, in English and at phone width: its charts drawn under
 * the Content-Security-Policy. Screenshots are kept in target/screenshots (Questionnaire-*).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireDataBrowserIT extends BrowserTest {

    @Autowired
    Surveys surveys;
    @Autowired
    QuestionnaireDatasets datasets;

    private Survey survey;
    private long datasetId;

    @BeforeAll
    void aDatasetOfTwelveRespondents() {
        survey = surveys.launch();
        byte[] file = QuestionnaireFiles.wenjuanxingXlsx(12);
        datasetId = datasets.upload(survey.id(), Surveys.RESEARCHER, new DatasetUpload("营商环境问卷", "问卷星.xlsx",
                file.length, new ByteArrayResource(file))).id();
    }

    @Test
    void theLeadReadsTheSummariesWithTheirChartsInChineseAndCrossTabulatesThem() throws IOException {
        browser.signIn("li.wei", "zh-CN");
        browser.open("/surveys/" + survey.id() + "/datasets/" + datasetId);

        assertThat(browser.find(By.cssSelector("#question-1 .chart-canvas")).getAttribute("data-rendered")).isEqualTo("true");
        keepScreenshot("Questionnaire-dataset-zh");
        browser.click(By.id("cross-button"));
        assertThat(browser.find(By.id("cross-table")).getText()).contains("华东");
        browser.script("document.getElementById('cross').scrollIntoView()");
        keepScreenshot("Questionnaire-cross-zh");
        browser.open("/surveys/" + survey.id() + "/datasets");
        keepScreenshot("Questionnaire-datasets-zh");
    }

    @Test
    void theDatasetPageReadsInEnglishAndOnAPhone() throws IOException {
        browser.signIn("wang.fang", "en");
        browser.open("/surveys/" + survey.id() + "/datasets/" + datasetId);
        assertThat(browser.text()).contains("Single choice", "12 respondents");
        keepScreenshot("Questionnaire-dataset-en");
        browser.resize(375, 900);
        try {
            browser.open("/surveys/" + survey.id() + "/datasets");
            assertThat(browser.find(By.cssSelector("table#datasets td")).getAttribute("data-label")).isEqualTo("Title");
            keepScreenshot("Questionnaire-datasets-phone-en");
            browser.open("/surveys/" + survey.id() + "/datasets/" + datasetId);
            keepScreenshot("Questionnaire-dataset-phone-en");
        } finally {
            browser.resize(1280, 1000);
        }
    }
}
