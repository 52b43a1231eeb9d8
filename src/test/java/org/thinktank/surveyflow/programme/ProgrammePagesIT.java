package org.thinktank.surveyflow.programme;

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
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Programmes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/** The programme page, the session form, and where a team sees its presentation: its tasks and investigation pages. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammePagesIT {

    private static final LocalDate DAY = LocalDate.of(2031, 7, 7);

    @Autowired
    Pages pages;
    @Autowired
    Programmes programmes;
    @Autowired
    PresentationSchedule schedule;
    @Autowired
    JdbcClient jdbc;

    private Meeting meeting;
    private Session forumA;
    private Session forumB;
    private Survey scheduled;
    private Survey waiting;

    @BeforeAll
    void aMeetingWithAReportPresentedByWangFang() {
        meeting = programmes.meeting(DAY);
        forumA = programmes.session(meeting, "数字经济分论坛", "Digital Economy Forum", DAY, "14:00", "17:00", "A 厅");
        forumB = programmes.session(meeting, "绿色发展分论坛", "Green Development Forum", DAY, "14:00", "17:00", "B 厅");
        scheduled = programmes.published(meeting, "数字经济调研", "Digital economy survey");
        waiting = programmes.published(meeting, "绿色低碳调研", "Green growth survey");
        schedule.schedule(scheduled.id(), new PresentationInput(forumA.id(), "wang.fang", LocalTime.of(14, 0), 20, false),
                Surveys.ORGANIZER);
    }

    private ResultActions open(String path, String username, String language) throws Exception {
        return pages.mvc().perform(get(path).header("Accept-Language", language).with(pages.as(username)));
    }

    private String programme() {
        return "/meetings/" + meeting.id() + "/programme";
    }

    private MockHttpServletRequestBuilder assignWaitingToForumB(String startsAt) {
        return post(programme()).header("Accept-Language", "zh-CN").with(csrf()).with(pages.as("organizer"))
                .param("surveyId", String.valueOf(waiting.id())).param("sessionId", String.valueOf(forumB.id()))
                .param("presenter", "wang.fang").param("startsAt", startsAt).param("minutes", "20");
    }

    private long presentationsOf(Survey survey) {
        return jdbc.sql("select count(*) from presentation where survey_id = ?").param(survey.id()).query(Long.class).single();
    }

    @Test
    void theProgrammePageShowsEachSessionWithItsPresentationsInChinese() throws Exception {
        open(programme(), "organizer", "zh-CN").andExpect(status().isOk())
                .andExpect(content().string(containsString("数字经济分论坛")))
                .andExpect(content().string(containsString("14:00–14:20")))
                .andExpect(content().string(containsString("Wang Fang 王芳")))
                .andExpect(content().string(containsString("尚未安排的已批准报告")))
                .andExpect(content().string(not(containsString("Digital Economy Forum"))))
                .andExpect(content().string(not(containsString(">wang.fang<"))));
    }

    @Test
    void anEnglishReaderReadsTheSessionsAndTopicsInEnglish() throws Exception {
        open(programme(), "organizer", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Digital Economy Forum")))
                .andExpect(content().string(containsString("Digital economy survey")))
                .andExpect(content().string(containsString("Approved reports without a slot")));
    }

    @Test
    void aPresenterInTwoPlacesAtOnceIsShownWithAButtonToSaveAnywayAndNothingIsStored() throws Exception {
        pages.mvc().perform(assignWaitingToForumB("14:10")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Wang Fang 王芳同时在「数字经济分论坛」报告「数字经济调研」（14:00–14:20）")))
                .andExpect(content().string(containsString("仍然保存")));

        assertThat(presentationsOf(waiting)).isZero();
    }

    @Test
    void aSlotOutsideItsSessionIsShownAtTheTopOfTheForm() throws Exception {
        pages.mvc().perform(assignWaitingToForumB("16:50")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("该时段超出分论坛「绿色发展分论坛」的时间（14:00–17:00）")));

        assertThat(presentationsOf(waiting)).isZero();
    }

    @Test
    void aConfirmedDoubleBookingIsSaved() throws Exception {
        pages.mvc().perform(assignWaitingToForumB("15:30").param("allowConflict", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(programme()));

        assertThat(presentationsOf(waiting)).isOne();
        schedule.unschedule(waiting.id(), Surveys.ORGANIZER);
    }

    @Test
    void aSessionWithoutANameIsRefusedWithTheFieldNamed() throws Exception {
        pages.mvc().perform(post("/meetings/" + meeting.id() + "/sessions").header("Accept-Language", "zh-CN")
                        .with(csrf()).with(pages.as("organizer")).param("name", "").param("nameEn", "Forum")
                        .param("heldOn", DAY.toString()).param("startsAt", "09:00").param("endsAt", "12:00")
                        .param("room", "C 厅"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("中文名称：")));
    }

    @Test
    void aNewSessionFromTheFormJoinsTheProgramme() throws Exception {
        pages.mvc().perform(post("/meetings/" + meeting.id() + "/sessions").header("Accept-Language", "zh-CN")
                        .with(csrf()).with(pages.as("organizer")).param("name", "冰雪经济分论坛")
                        .param("nameEn", "Ice and Snow Forum").param("heldOn", DAY.plusDays(1).toString())
                        .param("startsAt", "09:00").param("endsAt", "12:00").param("room", "C 厅"))
                .andExpect(status().isFound()).andExpect(redirectedUrl(programme()));

        open(programme(), "organizer", "zh-CN").andExpect(content().string(containsString("冰雪经济分论坛")));
    }

    @Test
    void researchersMayNotOpenTheProgrammePage() throws Exception {
        open(programme(), "wang.fang", "zh-CN").andExpect(status().isForbidden());
        open("/meetings/" + meeting.id() + "/sessions/new", "li.wei", "zh-CN").andExpect(status().isForbidden());
    }

    @Test
    void thePresenterReadsWhereAndWhenTheyPresentOnTheirTasksPage() throws Exception {
        open("/", "wang.fang", "zh-CN").andExpect(status().isOk())
                .andExpect(content().string(containsString("14:00 在A 厅的「数字经济分论坛」报告")))
                .andExpect(content().string(containsString("您将于")));
    }

    @Test
    void theRestOfTheTeamReadsWhoPresentsOnTheInvestigationPage() throws Exception {
        open("/surveys/" + scheduled.id(), "li.wei", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "presents the report on Jul 7, 2031 at 14:00 in A 厅, in the session \u201cDigital Economy Forum\u201d")));
    }
}
