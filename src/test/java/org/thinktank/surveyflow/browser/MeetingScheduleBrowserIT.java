package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Meetings;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Deadlines counted back from the meeting in a real (headless) browser, in Chinese and in English: the dashboard
 * counts down and proposes the schedule's due dates, flagging one moved onto a weekend; the schedule page refuses a
 * template out of order, moves the meeting, previews the shift and shifts the open deadlines once confirmed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingScheduleBrowserIT extends BrowserTest {

    @Autowired
    Meetings meetings;
    @Autowired
    Surveys surveys;
    @Autowired
    WorkCalendar calendar;

    private void changeDate(String field, LocalDate date) {
        browser.setValue(By.id(field), date.toString());
        browser.script("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", browser.find(By.id(field)));
    }

    @Test
    void inChineseTheDashboardCountsDownAndTheMeetingMovesWithItsOpenDeadlines() throws IOException {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));
        Survey survey = surveys.launchInto(meeting.code());

        browser.signIn("organizer", "zh-CN");
        browser.open("/meetings/" + meeting.id() + "/dashboard");
        assertThat(browser.find(By.id("meeting-countdown")).getText()).contains("距会议还有 60 天");
        assertThat(browser.find(By.id("findingsDue")).getAttribute("value"))
                .isEqualTo(meeting.opensOn().minusDays(40).toString());
        changeDate("draftDue", calendar.today().plusDays(30).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)));
        assertThat(browser.find(By.cssSelector("#draftDue-day .day-off")).getText()).isEqualTo("适逢周末");
        browser.script("document.getElementById('launch-heading').scrollIntoView()");
        keepScreenshot("schedule-launch-zh");

        browser.submit(By.id("meeting-schedule"));
        assertThat(browser.find(By.id("schedule")).getText()).contains("调研方案", "审批");
        browser.setValue(By.id("opensOn"), meeting.opensOn().plusDays(7).toString());
        browser.submit(By.cssSelector("#date-form button"));
        assertThat(browser.find(By.id("preview-count")).getText()).isEqualTo("1 项进行中的调研将推迟 7 天。");
        assertThat(browser.find(By.cssSelector("#shift-preview tr[data-survey='" + survey.businessKey() + "']"))
                .getText()).contains("→");
        keepScreenshot("schedule-preview-zh");
        browser.submitConfirmed(By.id("shift-button"));
        assertThat(browser.find(By.id("notice")).getText()).startsWith("已调整 1 项调研的截止日期");
        keepScreenshot("schedule-zh");
        assertThat(surveys.reload(survey).dueDates().findings()).isEqualTo(survey.dueDates().findings().plusDays(7));
    }

    @Test
    void inEnglishAScheduleOutOfOrderIsRefusedAndTheDeadlinesMoveEarlier() throws IOException {
        Meeting meeting = meetings.opening(calendar.today().plusDays(90));
        Survey survey = surveys.launchInto(meeting.code());

        browser.signIn("organizer", "en");
        browser.open("/meetings/" + meeting.id() + "/schedule");
        browser.type(By.id("reviewOffset"), "-30");
        browser.submit(By.cssSelector("#template-form button"));
        assertThat(browser.find(By.id("error-summary")).getText()).contains("Review: must be later than Draft report");
        keepScreenshot("schedule-refused-en");

        browser.type(By.id("days"), "-3");
        browser.submit(By.cssSelector("#preview-form button"));
        assertThat(browser.find(By.id("preview-count")).getText()).isEqualTo("1 open investigation moves 3 days earlier.");
        keepScreenshot("schedule-preview-en");
        browser.submitConfirmed(By.id("shift-button"));
        assertThat(browser.find(By.id("notice")).getText()).startsWith("1 investigation shifted");
        assertThat(surveys.reload(survey).dueDates().findings()).isEqualTo(survey.dueDates().findings().minusDays(3));
    }
}
