package org.thinktank.surveyflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Meetings;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The schedule page, the launch form's proposal and flags, and the dashboard's countdown, in Chinese and English:
 * what they show, the refusals of bad input (400, the page again with its errors) and who may open them.
 */
@IntegrationTest
class MeetingSchedulePageIT {

    @Autowired
    Pages pages;
    @Autowired
    Meetings meetings;
    @Autowired
    Surveys surveys;
    @Autowired
    MeetingSchedules schedules;
    @Autowired
    WorkCalendar calendar;

    private ResultActions perform(MockHttpServletRequestBuilder request, String username, String language)
            throws Exception {
        return pages.mvc().perform(request.header("Accept-Language", language).with(pages.as(username)));
    }

    private ResultActions postTemplate(Meeting meeting, String draftOffset) throws Exception {
        return perform(post("/meetings/" + meeting.id() + "/schedule/template").param("planOffset", "-75")
                .param("findingsOffset", "-40").param("draftOffset", draftOffset).param("reviewOffset", "-18")
                .param("approvalOffset", "-10").with(csrf()), "organizer", "zh-CN");
    }

    @Test
    void theSchedulePageFlagsProposedDatesOnAWeekendOrAHoliday() throws Exception {
        Meeting meeting = meetings.opening(LocalDate.of(2026, 10, 11));

        perform(get("/meetings/" + meeting.id() + "/schedule"), "organizer", "zh-CN").andExpect(status().isOk())
                .andExpect(content().string(containsString("适逢周末")))
                .andExpect(content().string(containsString("适逢法定节假日")))
                .andExpect(content().string(containsString("2026年10月1日")));
    }

    @Test
    void aScheduleOutOfOrderIsShownAgainWithWhatIsWrongAndNotStored() throws Exception {
        Meeting meeting = meetings.opening(LocalDate.of(2027, 6, 30));

        postTemplate(meeting, "-50").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("报告初稿：须晚于调研发现")))
                .andExpect(content().string(containsString("value=\"-50\"")));

        assertThat(schedules.of(meeting.id()).custom()).isFalse();
    }

    @Test
    void anOffsetThatIsNotANumberIsShownAgainWithWhatIsWrong() throws Exception {
        Meeting meeting = meetings.opening(LocalDate.of(2027, 6, 30));

        postTemplate(meeting, "四周").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("报告初稿：须为整数天数，而不是“四周”")));
    }

    @Test
    void aScheduleInOrderIsSaved() throws Exception {
        Meeting meeting = meetings.opening(LocalDate.of(2027, 6, 30));

        postTemplate(meeting, "-30").andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + meeting.id() + "/schedule"));

        assertThat(schedules.of(meeting.id()).template().draftOffset()).isEqualTo(-30);
    }

    @Test
    void theDashboardCountsDownToTheMeetingInChinese() throws Exception {
        Meeting meeting = meetings.opening(calendar.today().plusDays(12));

        perform(get("/meetings/" + meeting.id() + "/dashboard"), "organizer", "zh-CN").andExpect(status().isOk())
                .andExpect(content().string(containsString("距会议还有 12 天")));
    }

    @Test
    void theDashboardCountsDownToTheMeetingInEnglish() throws Exception {
        Meeting meeting = meetings.opening(calendar.today().plusDays(12));

        perform(get("/meetings/" + meeting.id() + "/dashboard"), "organizer", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("12 days to the meeting")));
    }

    @Test
    void theLaunchFormProposesTheDueDatesOfTheMeetingsSchedule() throws Exception {
        LocalDate day = calendar.today().plusDays(100);
        Meeting meeting = meetings.opening(day);

        perform(get("/meetings/" + meeting.id() + "/dashboard"), "organizer", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"findingsDue\" name=\"findingsDue\" type=\"date\" value=\"" + day.minusDays(40) + "\"")))
                .andExpect(content().string(containsString(
                        "id=\"approvalDue\" name=\"approvalDue\" type=\"date\" value=\"" + day.minusDays(10) + "\"")));
    }

    @Test
    void aDueDateChangedOnTheLaunchFormIsFlaggedWhenItFallsOnAWeekend() throws Exception {
        perform(get("/due-day/draftDue").param("draftDue", "2026-09-13"), "organizer", "zh-CN")
                .andExpect(status().isOk()).andExpect(content().string(containsString("适逢周末")));
        perform(get("/due-day/draftDue").param("draftDue", "2026-09-14"), "organizer", "zh-CN")
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("day-off"))));
    }

    @Test
    void movingTheMeetingLeadsToThePreviewOfTheShift() throws Exception {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));
        Survey survey = surveys.launchInto(meeting.code());

        perform(post("/meetings/" + meeting.id() + "/schedule/date")
                .param("opensOn", meeting.opensOn().plusDays(7).toString()).with(csrf()), "organizer", "zh-CN")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + meeting.id() + "/schedule?days=7#shift"));
        perform(get("/meetings/" + meeting.id() + "/schedule").param("days", "7"), "organizer", "zh-CN")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-survey=\"" + survey.businessKey() + "\"")))
                .andExpect(content().string(containsString("1 项进行中的调研将推迟 7 天")));
        assertThat(surveys.reload(survey).dueDates()).isEqualTo(survey.dueDates());
    }

    @Test
    void theShiftMovesTheDeadlinesOnceConfirmed() throws Exception {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));
        Survey survey = surveys.launchInto(meeting.code());
        String shift = "/meetings/" + meeting.id() + "/schedule/shift";

        perform(post(shift).param("days", "-2").with(csrf()), "organizer", "en")
                .andExpect(content().string(containsString("confirmed")));
        assertThat(surveys.reload(survey).dueDates()).isEqualTo(survey.dueDates());
        perform(post(shift).param("days", "-2").param("confirmed", "true").with(csrf()), "organizer", "en")
                .andExpect(status().isFound());
        assertThat(surveys.reload(survey).dueDates().findings()).isEqualTo(survey.dueDates().findings().minusDays(2));
    }

    @Test
    void theInvestigationsHistoryTellsOfTheShiftInTheReadersLanguage() throws Exception {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));
        Survey survey = surveys.launchInto(meeting.code());
        perform(post("/meetings/" + meeting.id() + "/schedule/shift").param("days", "7").param("confirmed", "true")
                .with(csrf()), "organizer", "zh-CN").andExpect(status().isFound());

        perform(get("/surveys/" + survey.id()), "organizer", "zh-CN").andExpect(status().isOk())
                .andExpect(content().string(containsString("未完成环节的截止日期推迟 7 天")));
        perform(get("/surveys/" + survey.id()), "organizer", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("open deadlines moved 7 days later")));
    }

    @Test
    void aShiftThatIsNotANumberIsRefusedOnThePage() throws Exception {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));

        perform(get("/meetings/" + meeting.id() + "/schedule").param("days", "一周"), "organizer", "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("调整天数：须为整数天数，而不是“一周”")));
    }

    @Test
    void theSchedulePageIsForOrganizersOnly() throws Exception {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));

        perform(get("/meetings/" + meeting.id() + "/schedule"), "li.wei", "zh-CN").andExpect(status().isForbidden());
        perform(post("/meetings/" + meeting.id() + "/schedule/shift").param("days", "3").param("confirmed", "true")
                .with(csrf()), "zhou.qiang", "zh-CN").andExpect(status().isForbidden());
    }
}
