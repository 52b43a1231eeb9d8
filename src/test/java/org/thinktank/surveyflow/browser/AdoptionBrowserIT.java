package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Adoption in a real (headless) browser: the lead records that a recommendation was sent from the investigation's
 * adoption page, in Chinese; the organizers' adoption dashboard draws its charts from its tables, in both languages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdoptionBrowserIT extends BrowserTest {

    @Autowired
    Surveys surveys;
    @Autowired
    WorkCalendar calendar;

    @Test
    void inChineseTheLeadRecordsThatARecommendationWasSentAndTheDashboardCountsIt() throws IOException {
        Survey survey = surveys.publishedWith("1. 加快建设区域创新中心\n2. 完善人才政策\n");

        browser.signIn("li.wei", "zh-CN");
        browser.open("/surveys/" + survey.id() + "/adoption");
        browser.click(By.cssSelector("article.recommendation details summary"));
        String form = "article.recommendation form.step-form";
        browser.setValue(By.cssSelector(form + " input[name=on]"), calendar.today().toString());
        browser.type(By.cssSelector(form + " input[name=agency]"), "国家发展改革委");
        browser.submit(By.cssSelector(form + " button[type=submit]"));

        assertThat(browser.find(By.cssSelector("article.recommendation")).getText()).contains("已报送", "国家发展改革委");
        keepScreenshot("adoption-page-zh");

        for (String language : new String[] {"zh-CN", "en"}) {
            browser.signIn("organizer", language);
            browser.open("/meetings/" + survey.meetingId() + "/adoption");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.all(
                    By.cssSelector(".chart-canvas[data-rendered='true'] canvas")).size() >= 1);
            assertThat(browser.find(By.id("adoption-by-status")).getText())
                    .contains(language.equals("en") ? "Sent" : "已报送");
            keepScreenshot("adoption-dashboard-" + language);
        }
    }
}
