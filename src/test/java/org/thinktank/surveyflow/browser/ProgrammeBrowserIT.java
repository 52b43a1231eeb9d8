package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.programme.PresentationInput;
import org.thinktank.surveyflow.programme.PresentationSchedule;
import org.thinktank.surveyflow.programme.Session;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Programmes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/**
 * The programme of report presentations in a real (headless) browser, in Chinese and English and at phone width
 * (issue 11, point 4): an organizer schedules a report, is warned of its presenter in two places at once and saves
 * it anyway; the presenter reads where and when. Screenshots are kept in target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeBrowserIT extends BrowserTest {

    private static final LocalDate DAY = LocalDate.of(2031, 9, 9);

    @Autowired
    Programmes programmes;
    @Autowired
    PresentationSchedule schedule;

    private Meeting meeting;
    private Session forumB;
    private Survey waiting;

    @BeforeAll
    void twoForumsAndTwoApprovedReportsOneScheduled() {
        meeting = programmes.meeting(DAY);
        Session forumA = programmes.session(meeting, "数字经济分论坛", "Digital Economy Forum", DAY, "09:00", "12:00", "A 厅");
        forumB = programmes.session(meeting, "绿色发展分论坛", "Green Development Forum", DAY, "09:00", "12:00", "B 厅");
        Survey scheduled = programmes.published(meeting, "黑龙江省数字经济发展现状与路径调研", "Digital economy in Heilongjiang");
        waiting = programmes.published(meeting, "绿色低碳转型调研", "Green and low-carbon transition");
        schedule.schedule(scheduled.id(), new PresentationInput(forumA.id(), "li.wei", LocalTime.of(9, 0), 30, false),
                Surveys.ORGANIZER);
    }

    private void fillAssignment(String presenter, String startsAt) {
        new Select(browser.find(By.id("surveyId"))).selectByValue(String.valueOf(waiting.id()));
        new Select(browser.find(By.id("sessionId"))).selectByValue(String.valueOf(forumB.id()));
        new Select(browser.find(By.id("presenter"))).selectByValue(presenter);
        browser.setValue(By.id("startsAt"), startsAt);
        browser.type(By.id("minutes"), "20");
    }

    @Test
    void anOrganizerIsWarnedOfADoubleBookingInChineseAndSavesItAnyway() throws IOException {
        browser.signIn("organizer", "zh-CN");
        browser.open("/meetings/" + meeting.id() + "/dashboard");
        browser.submit(By.id("programme-link"));
        fillAssignment("li.wei", "09:10");
        browser.submit(By.id("assign"));

        assertThat(browser.find(By.id("clashes")).getText())
                .contains("Li Wei 李伟同时在「数字经济分论坛」报告「黑龙江省数字经济发展现状与路径调研」（09:00–09:30）");
        browser.script("document.getElementById('clashes').scrollIntoView()");
        keepScreenshot("Programme-clash-zh");
        browser.submit(By.id("save-anyway"));

        assertThat(browser.find(By.id("programme-notice")).getText()).isEqualTo("报告安排已保存，并已通知调研团队。");
        assertThat(browser.find(By.id("session-" + forumB.id())).getText()).contains("09:10–09:30", "绿色低碳转型调研");
        keepScreenshot("Programme-page-zh");

        browser.signIn("li.wei", "zh-CN");
        assertThat(browser.find(By.id("my-presentations")).getText()).contains("您将于", "09:10 在B 厅的「绿色发展分论坛」报告");
        keepScreenshot("Programme-tasks-zh");
    }

    @Test
    void anOrganizerAddsASessionAndReadsTheProgrammeInEnglishAndOnAPhone() throws IOException {
        browser.signIn("organizer", "en");
        browser.open("/meetings/" + meeting.id() + "/programme");
        browser.submit(By.id("new-session"));
        browser.type(By.id("name"), "冰雪经济分论坛");
        browser.type(By.id("nameEn"), "Ice and Snow Economy Forum");
        browser.setValue(By.id("heldOn"), DAY.plusDays(1).toString());
        browser.setValue(By.id("startsAt"), "14:00");
        browser.setValue(By.id("endsAt"), "17:00");
        browser.type(By.id("room"), "Hall C");
        browser.submit(By.id("save-session"));

        assertThat(browser.text()).contains("The session was saved.", "Ice and Snow Economy Forum",
                "Digital Economy Forum", "Digital economy in Heilongjiang");
        keepScreenshot("Programme-page-en");
        browser.resize(375, 900);
        try {
            browser.open("/meetings/" + meeting.id() + "/programme");
            assertThat(browser.find(By.cssSelector("table.presentations td")).getAttribute("data-label")).isEqualTo("Time");
            keepScreenshot("Programme-page-phone-en");
        } finally {
            browser.resize(1280, 1000);
        }
    }
}
