package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Finding an investigation on the dashboard and reading the deadline calendar, in a real (headless) browser, in
 * Chinese and English and at phone width (issue 10, points 7 and 8). Screenshots of what was seen are kept in
 * target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindAndCalendarBrowserIT extends BrowserTest {

    @Autowired
    WorkCalendar calendar;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    Processes processes;

    private Survey survey;
    private String topicWord;

    @BeforeAll
    void launchAnInvestigationDueToday() {
        LocalDate today = calendar.today();
        topicWord = "湿地" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        survey = registry.launch(new LaunchRequest(Surveys.MEETING, topicWord + "保护与修复调研", "Wetlands " + topicWord,
                "盐城 Yancheng", Surveys.LEAD.username(), List.of(), List.of(Surveys.REVIEWER_1.username()),
                today.plusDays(5), today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(35), null,
                null, null),
                Surveys.ORGANIZER);
        processes.moveDueDates(survey, calendar.endOf(today));
    }

    @Test
    void anOrganizerFindsAnInvestigationOnTheDashboardInChinese() throws IOException {
        browser.signIn("organizer", "zh-CN");
        browser.submit(By.id("nav-dashboard"));
        browser.type(By.id("filter-q"), topicWord);
        browser.submit(By.cssSelector("#investigation-search button[type=submit]"));

        assertThat(browser.currentPath()).contains("q=");
        assertThat(browser.all(By.cssSelector("#investigations tr[data-survey]"))).singleElement()
                .satisfies(row -> assertThat(row.getText()).contains(survey.businessKey()));
        assertThat(browser.find(By.id("results-count")).getText()).isEqualTo("共找到 1 项调研");
        assertThat(browser.find(By.id("filter-q")).getAttribute("value")).isEqualTo(topicWord);
        assertThat(browser.waitFor(By.cssSelector("#calendar .calendar-month td.today")).getText()).contains("今天");
        keepScreenshot("FindAndCalendar-dashboard-zh");
    }

    @Test
    void anUnknownStageInTheAddressIsExplainedInEnglish() throws IOException {
        browser.signIn("organizer", "en");
        browser.submit(By.id("nav-dashboard"));
        browser.open(browser.currentPath() + "?stage=SLEEPING&q=" + topicWord);

        assertThat(browser.find(By.id("search-errors")).getText()).contains("There is no stage “SLEEPING”");
        assertThat(browser.find(By.id("filter-q")).getAttribute("value")).isEqualTo(topicWord);
        keepScreenshot("FindAndCalendar-dashboard-error-en");
    }

    @Test
    void theLeadReadsTheCalendarInChineseAndMakesASubscriptionAddress() throws IOException {
        browser.signIn("li.wei", "zh-CN");
        browser.submit(By.id("nav-calendar"));

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("我的日历");
        LocalDate today = calendar.today();
        assertThat(browser.find(By.id("calendar-title")).getText())
                .isEqualTo(today.getYear() + "年" + today.getMonthValue() + "月");
        assertThat(browser.find(By.cssSelector("td.today")).getText()).contains("今天", survey.businessKey());
        keepScreenshot("FindAndCalendar-calendar-zh");

        browser.submit(By.cssSelector("#feed-renew button"));
        assertThat(browser.find(By.id("feed-url")).getAttribute("value"))
                .matches("http://localhost:\\d+/calendar/feed/[A-Za-z0-9_-]{43}\\.ics\\?lang=zh-CN");
        assertThat(browser.find(By.id("feed-webcal")).getAttribute("href")).startsWith("webcal://localhost:");

        browser.submit(By.id("calendar-next"));
        assertThat(browser.find(By.id("calendar-title")).getText()).isEqualTo(
                today.plusMonths(1).getYear() + "年" + today.plusMonths(1).getMonthValue() + "月");
    }

    @Test
    void theCalendarInEnglishBecomesAListAtPhoneWidth() throws IOException {
        browser.signIn("li.wei", "en");
        browser.submit(By.id("nav-calendar"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("My calendar");
        assertThat(browser.find(By.cssSelector(".calendar-month thead")).isDisplayed()).isTrue();
        keepScreenshot("FindAndCalendar-calendar-en");
        try {
            browser.resize(375, 900);
            browser.open("/calendar");

            assertThat(browser.all(By.cssSelector(".calendar-month thead"))).singleElement()
                    .satisfies(header -> assertThat(header.isDisplayed()).isFalse());
            assertThat(browser.find(By.cssSelector("td.today")).isDisplayed()).isTrue();
            assertThat(browser.find(By.cssSelector("td.today .calendar-full-date")).isDisplayed()).isTrue();
            assertThat(browser.all(By.cssSelector("td.outside")))
                    .allSatisfy(day -> assertThat(day.isDisplayed()).isFalse());
            keepScreenshot("FindAndCalendar-calendar-en-375");
        } finally {
            browser.resize(1280, 1000);
        }
    }
}
