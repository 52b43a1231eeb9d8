package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Every task and investigation says what is left of its due date, counted in the think tank's time zone: "还剩 1 天"
 * / "1 day left", "今天到期" / "due today", "已逾期 2 天" / "2 days overdue", on the task list, the investigation
 * page and the dashboard.
 */
@IntegrationTest
class DaysLeftIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    /** An investigation whose findings (and findings tasks) are due on that day. */
    private Survey findingsDueOn(LocalDate day) {
        Survey survey = surveys.launch();
        processes.moveDueDates(survey, calendar.endOf(day));
        jdbc.sql("update survey set findings_due = ? where id = ?").params(day, survey.id()).update();
        return survey;
    }

    private Document page(String path, String username, String language) throws Exception {
        return Jsoup.parse(pages.mvc().perform(get(path).param("lang", language).with(pages.as(username)))
                .andReturn().getResponse().getContentAsString());
    }

    /** What the lead's task list says is left of the findings task of this investigation. */
    private String leftOnTheTaskList(Survey survey, String language) throws Exception {
        Document tasks = page("/?q=" + survey.businessKey() + "&size=100", "li.wei", language);
        return tasks.select("tr[data-task=submitFindings]:has(a[href=/surveys/" + survey.id() + "]) .due-left").text();
    }

    @Test
    void aTaskDueTomorrowHasOneDayLeft() throws Exception {
        Survey survey = findingsDueOn(calendar.today().plusDays(1));

        assertThat(leftOnTheTaskList(survey, "zh-CN")).isEqualTo("还剩 1 天");
        assertThat(leftOnTheTaskList(survey, "en")).isEqualTo("1 day left");
    }

    @Test
    void aTaskDueTodayIsDueToday() throws Exception {
        Survey survey = findingsDueOn(calendar.today());

        assertThat(leftOnTheTaskList(survey, "zh-CN")).isEqualTo("今天到期");
        assertThat(leftOnTheTaskList(survey, "en")).isEqualTo("due today");
    }

    @Test
    void aTaskDueTwoDaysAgoIsTwoDaysOverdue() throws Exception {
        Survey survey = findingsDueOn(calendar.today().minusDays(2));

        assertThat(leftOnTheTaskList(survey, "zh-CN")).isEqualTo("已逾期 2 天");
        assertThat(leftOnTheTaskList(survey, "en")).isEqualTo("2 days overdue");
    }

    @Test
    void theInvestigationPageSaysWhatIsLeftOfItsStageAndOfEachOpenStep() throws Exception {
        Survey survey = findingsDueOn(calendar.today().plusDays(3));

        Document zh = page("/surveys/" + survey.id(), "organizer", "zh-CN");
        Document en = page("/surveys/" + survey.id(), "organizer", "en");

        assertThat(zh.select("#stage-due-left").text()).isEqualTo("还剩 3 天");
        assertThat(en.select("#stage-due-left").text()).isEqualTo("3 days left");
        assertThat(zh.select("#steps tr[data-task=submitFindings] .due-left").eachText()).containsOnly("还剩 3 天");
    }

    @Test
    void theDashboardSaysWhatIsLeftOfEachInvestigationAndOfTheOverdue() throws Exception {
        Survey survey = findingsDueOn(calendar.today().minusDays(4000));

        Document overdueOnly = page("/meetings/" + surveys.meetingId() + "/dashboard?overdue=true", "organizer", "zh-CN");

        assertThat(overdueOnly.select("#investigations tr[data-survey=" + survey.businessKey() + "] .due-left").text())
                .isEqualTo("已逾期 4,000 天");
        assertThat(overdueOnly.select("#overdue tr[data-survey=" + survey.businessKey() + "] .due-left").text())
                .isEqualTo("已逾期 4,000 天");
    }
}
