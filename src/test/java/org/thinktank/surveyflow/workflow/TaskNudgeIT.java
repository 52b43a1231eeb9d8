package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thinktank.surveyflow.notification.PreferredLanguages;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Notices;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Organizers nudge (催办) the holder of an overdue task: the holder is told in their language, the history records
 * it, a second nudge the same day is refused, and nobody else may nudge, nor nudge a task that is not overdue.
 */
@IntegrationTest
class TaskNudgeIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    Notices notices;
    @Autowired
    PreferredLanguages languages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private Survey survey;
    private String wangFangsTask;

    /** An investigation whose findings were due two days ago; wang.fang reads Chinese. */
    @BeforeEach
    void findingsTwoDaysOverdue() {
        languages.remember(Surveys.RESEARCHER.username(), Locale.SIMPLIFIED_CHINESE);
        survey = surveys.launch();
        processes.moveDueDates(survey, calendar.now().minus(Duration.ofDays(2)));
        wangFangsTask = taskOf(survey, "wang.fang");
    }

    @Test
    void anOrganizersNudgeTellsTheHolderInTheirLanguageWhoAsks() throws Exception {
        MockHttpServletResponse answer = nudge(survey, wangFangsTask, "organizer", "en");

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(notices.of(survey, "NUDGE")).hasSize(1);
        assertThat(notices.of(survey, "NUDGE", "wang.fang")).singleElement().satisfies(notice -> {
            assertThat(notice.subject()).contains("催办", "提交调研发现");
            assertThat(notice.body()).contains("Zhao Min 赵敏", "已逾期").doesNotContain("organizer", "submitFindings");
        });
    }

    @Test
    void theNudgeIsRecordedInTheInvestigationsHistory() throws Exception {
        nudge(survey, wangFangsTask, "organizer", "en");

        assertThat(jdbc.sql("select actor from survey_event where survey_id = ? and kind = 'NUDGED'")
                .param(survey.id()).query(String.class).list()).containsExactly("organizer");
        assertThat(jdbc.sql("select count(*) from audit_event where survey_id = ? and kind = 'TASK_NUDGED'")
                .param(survey.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSecondNudgeTheSameDayIsRefusedAndTellsNobodyTwice() throws Exception {
        nudge(survey, wangFangsTask, "organizer", "en");

        MockHttpServletResponse again = nudge(survey, wangFangsTask, "organizer2", "zh-CN");

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json.readTree(again.getContentAsString()).path("detail").asText())
                .isEqualTo("该任务今天已催办过，每个任务每天最多催办一次。");
        assertThat(notices.of(survey, "NUDGE")).hasSize(1);
    }

    @Test
    void aSecondNudgeIsRefusedInEnglishToWhoeverAsksInEnglish() throws Exception {
        nudge(survey, wangFangsTask, "organizer", "zh-CN");

        MockHttpServletResponse again = nudge(survey, wangFangsTask, "organizer", "en");

        assertThat(json.readTree(again.getContentAsString()).path("detail").asText())
                .isEqualTo("This task was nudged today already; its holder is told at most once a day.");
    }

    @Test
    void onlyOrganizersNudgeAndARefusedNudgeWritesNothing() throws Exception {
        var before = DatabaseSnapshot.of(jdbc);

        MockHttpServletResponse answer = nudge(survey, wangFangsTask, "li.wei", "zh-CN");

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(json.readTree(answer.getContentAsString()).path("detail").asText())
                .isEqualTo("只有组织者可以催办逾期任务。");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aTaskThatIsNotOverdueIsNotNudged() throws Exception {
        Survey onTime = surveys.launch();

        MockHttpServletResponse answer = nudge(onTime, taskOf(onTime, "wang.fang"), "organizer", "en");

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(json.readTree(answer.getContentAsString()).path("detail").asText())
                .isEqualTo("This task is not overdue; there is nobody to nudge yet.");
        assertThat(notices.of(onTime, "NUDGE")).isEmpty();
    }

    @Test
    void aTaskThatIsDoneIsNotNudged() throws Exception {
        surveys.submitFindings(survey, Surveys.RESEARCHER);

        MockHttpServletResponse answer = nudge(survey, wangFangsTask, "organizer", "zh-CN");

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(json.readTree(answer.getContentAsString()).path("detail").asText()).isEqualTo("该任务已完成，无需催办。");
    }

    @Test
    void aTaskOfAnotherInvestigationOrNoneIsNotFound() throws Exception {
        Survey other = surveys.launch();

        assertThat(nudge(other, wangFangsTask, "organizer", "en").getStatus()).isEqualTo(404);
        assertThat(nudge(survey, "no-such-task", "organizer", "en").getStatus()).isEqualTo(404);
    }

    @Test
    void theInvestigationPageOffersOrganizersTheNudgeOnTheOverdueStepsOnly() throws Exception {
        String html = page(survey, "organizer", "zh-CN");

        assertThat(html).contains("/surveys/" + survey.id() + "/tasks/" + wangFangsTask + "/nudge", ">催办<");
        assertThat(page(survey, "li.wei", "zh-CN")).doesNotContain("/nudge", ">催办<");
    }

    @Test
    void theNudgeButtonOnThePageTellsTheHolderAndIsNotOfferedAgainThatDay() throws Exception {
        var pressed = pages.mvc().perform(post("/surveys/{id}/tasks/{task}/nudge", survey.id(), wangFangsTask)
                .param("lang", "en").with(csrf()).with(pages.as("organizer"))).andReturn().getResponse();

        assertThat(pressed.getRedirectedUrl()).isEqualTo("/surveys/" + survey.id() + "#steps");
        assertThat(notices.of(survey, "NUDGE", "wang.fang")).hasSize(1);
        assertThat(page(survey, "organizer", "en")).contains("Nudged today")
                .doesNotContain("/tasks/" + wangFangsTask + "/nudge");
    }

    private MockHttpServletResponse nudge(Survey target, String taskId, String username, String language)
            throws Exception {
        return pages.mvc().perform(post("/api/surveys/{id}/tasks/{task}/nudge", target.id(), taskId)
                .header("Accept-Language", language).with(pages.as(username))).andReturn().getResponse();
    }

    private String page(Survey target, String username, String language) throws Exception {
        return pages.mvc().perform(get("/surveys/{id}", target.id()).param("lang", language)
                .with(pages.as(username))).andReturn().getResponse().getContentAsString();
    }

    private String taskOf(Survey target, String holder) {
        return processes.tasksOf(processes.of(target)).taskAssignee(holder).singleResult().getId();
    }
}
