package org.thinktank.surveyflow.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The month grid of someone's due dates (issue 10, point 8) on the calendar page and the dashboard: today marked,
 * a task due today on its day, a task due yesterday marked overdue, names from the page's language. A lead of this
 * class's own with two investigations.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarPageIT {

    @Autowired
    Pages pages;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    Surveys surveys;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Processes processes;
    @Autowired
    WorkCalendar calendar;

    private String lead;
    private LocalDate today;
    private LocalDate yesterday;
    private Survey dueToday;
    private Survey late;

    @BeforeAll
    void twoInvestigations() {
        lead = "month-lead-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.createDemoAccount(new NewUser(lead, "月历 " + lead, null, null, Role.RESEARCHER, "demo"));
        today = calendar.today();
        yesterday = today.minusDays(1);
        dueToday = launch("今天到期的调研");
        late = launch("已经逾期的调研");
        processes.moveDueDates(dueToday, calendar.endOf(today));
        processes.moveDueDates(late, calendar.endOf(yesterday));
    }

    private Survey launch(String topic) {
        LaunchRequest base = new LaunchRequest(Surveys.MEETING, topic, "哈尔滨", lead, List.of(),
                List.of(Surveys.REVIEWER_1.username()), today.plusDays(10), today.plusDays(20), today.plusDays(30),
                today.plusDays(35), null, null);
        return surveys.planApproved(registry.launch(base, Surveys.ORGANIZER));
    }

    private MockHttpServletResponse calendarPage(String query) throws Exception {
        return pages.mvc().perform(get("/calendar" + query).with(SecurityMockMvcRequestPostProcessors.user(lead)
                .roles(Role.RESEARCHER.name()))).andReturn().getResponse();
    }

    private static String cell(String page, LocalDate day) {
        int date = page.indexOf("data-date=\"" + day + "\"");
        assertThat(date).as("a cell for " + day).isNotNegative();
        int start = page.lastIndexOf("<td", date);
        return page.substring(start, page.indexOf("</td>", start));
    }

    @Test
    void theMonthShowsTodaysDueDateOnTodayMarkedAsToday() throws Exception {
        String page = calendarPage("?lang=en").getContentAsString(UTF_8);

        String todays = cell(page, today);
        assertThat(todays).contains("today", "aria-current=\"date\"",
                "href=\"/surveys/" + dueToday.id() + "/tasks/submitFindings\"",
                "Submit findings: " + dueToday.businessKey()).doesNotContain("overdue");
    }

    @Test
    void aTaskDueYesterdayIsMarkedOverdue() throws Exception {
        String page = calendarPage("?lang=en&month=" + YearMonth.from(yesterday)).getContentAsString(UTF_8);

        String cell = cell(page, yesterday);
        assertThat(cell).contains("overdue", "href=\"/surveys/" + late.id() + "/tasks/submitFindings\"",
                "<strong class=\"flag\">overdue</strong>");
    }

    @Test
    void inChineseTheMonthAndWeekdaysAreChinese() throws Exception {
        String page = calendarPage("?lang=zh-CN").getContentAsString(UTF_8);

        assertThat(page).contains(today.getYear() + "年" + today.getMonthValue() + "月", "<th scope=\"col\">周一</th>",
                "提交调研发现：" + dueToday.businessKey(), "上个月", "日历订阅");
    }

    @Test
    void inEnglishTheMonthAndWeekdaysAreEnglish() throws Exception {
        String page = calendarPage("?lang=en").getContentAsString(UTF_8);

        assertThat(page).contains(today.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH) + " "
                + today.getYear(), "<th scope=\"col\">Mon</th>", "Calendar subscription");
    }

    @Test
    void thePreviousAndNextMonthsAreLinked() throws Exception {
        YearMonth shown = YearMonth.of(2027, 1);

        String page = calendarPage("?lang=en&month=" + shown).getContentAsString(UTF_8);

        assertThat(page).contains("href=\"/calendar?month=2026-12\"", "href=\"/calendar?month=2027-02\"", "January 2027");
    }

    @Test
    void aMonthThatIsNoMonthIsRefusedInBothLanguages() throws Exception {
        MockHttpServletResponse chinese = calendarPage("?lang=zh-CN&month=2026-13");
        MockHttpServletResponse english = calendarPage("?lang=en&month=soon");

        assertThat(chinese.getStatus()).isEqualTo(400);
        assertThat(chinese.getContentAsString(UTF_8)).contains("“2026-13”不是月份");
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentAsString(UTF_8)).contains("“soon” is not a month");
    }

    @Test
    void theDashboardLoadsThisMonthIntoItself() throws Exception {
        String first = pages.mvc().perform(get("/dashboard").with(pages.as("organizer"))).andReturn().getResponse()
                .getRedirectedUrl();
        String dashboard = pages.mvc().perform(get(first + "?lang=en").with(pages.as("organizer"))).andReturn()
                .getResponse().getContentAsString(UTF_8);
        String month = pages.mvc().perform(get("/calendar/month?lang=en").header("HX-Request", "true")
                .with(pages.as("organizer"))).andReturn().getResponse().getContentAsString(UTF_8);

        assertThat(dashboard).contains("hx-get=\"/calendar/month\"", "href=\"/calendar\"");
        assertThat(month).startsWith("<div class=\"calendar\" id=\"calendar\">").contains("aria-current=\"date\"")
                .doesNotContain("<html");
    }

    @Test
    void theCalendarPageAsksToSignIn() throws Exception {
        MockHttpServletResponse response = pages.mvc().perform(get("/calendar?lang=en")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void anAdminHasAnEmptyCalendar() throws Exception {
        MockHttpServletResponse response = pages.mvc().perform(get("/calendar?lang=en").with(pages.as("admin")))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(UTF_8)).contains("Nothing of yours falls due this month.");
    }
}
