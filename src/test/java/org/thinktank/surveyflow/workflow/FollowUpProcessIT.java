package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.adoption.AdoptionRecords;
import org.thinktank.surveyflow.adoption.AdoptionStep;
import org.thinktank.surveyflow.adoption.StepForm;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.notification.NotificationKind;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The follow-up of an approved report's recommendations, path by path: a timer at each configured point after the
 * meeting (3 and 6 months by default), the lead's update task it creates, answered by a recorded step or by "no
 * change", escalated to the organizers when nothing is recorded by its due date, ended early when all are settled.
 */
@IntegrationTest
class FollowUpProcessIT {

    private static final String ONE = "1. 加快建设区域创新中心\n";

    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    AdoptionRecords records;
    @Autowired
    MeetingCatalog meetings;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    private LocalDate meetingDay(Survey survey) {
        return meetings.require(survey.meetingId()).opensOn();
    }

    private Job pointTimer(Survey survey) {
        return processes.timer(processes.followUpOf(survey), FollowUpProcess.POINT_REACHED);
    }

    private Task updateTask(Survey survey) {
        return processes.tasksOf(processes.followUpOf(survey)).taskDefinitionKey(FollowUpProcess.UPDATE_ADOPTION)
                .singleResult();
    }

    private void recordSent(Survey survey) {
        long id = records.of(survey.id(), Surveys.LEAD).get(0).id();
        records.record(survey.id(), id, Surveys.LEAD, new StepForm(AdoptionStep.Kind.SENT, calendar.today(),
                "科技部", null, null, null, null, null), Optional.empty());
    }

    /** The ids of the finished activities of that id in the survey's follow-up, running or ended. */
    private List<String> activitiesEnded(Survey survey, String activityId) {
        String process = history.createHistoricProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                .processInstanceBusinessKey(survey.businessKey()).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId(activityId)
                .finished().list().stream().map(activity -> activity.getActivityId()).toList();
    }

    @Test
    void theFollowUpPointsAreTimersThreeAndSixMonthsAfterTheMeeting() {
        Survey survey = surveys.publishedWith(ONE);
        LocalDate meeting = meetingDay(survey);

        assertThat(pointTimer(survey).getDuedate().toInstant())
                .isEqualTo(meeting.plusMonths(3).atStartOfDay(calendar.zone()).toInstant());
        processes.runFollowUpTimer(survey, FollowUpProcess.POINT_REACHED);
        api.as("li.wei").in("zh-CN").post("/api/surveys/" + survey.id() + "/follow-up/no-change", Map.of());
        assertThat(pointTimer(survey).getDuedate().toInstant())
                .isEqualTo(meeting.plusMonths(6).atStartOfDay(calendar.zone()).toInstant());
    }

    @Test
    void theUpdateTaskIsTheLeadsWhenThePointIsReachedDueFourteenDaysLater() {
        Survey survey = surveys.publishedWith(ONE);
        assertThat(updateTask(survey)).as("no task before the point").isNull();

        processes.runFollowUpTimer(survey, FollowUpProcess.POINT_REACHED);

        Task task = updateTask(survey);
        assertThat(task.getAssignee()).isEqualTo("li.wei");
        assertThat(task.getDueDate().toInstant()).isEqualTo(calendar.endOf(meetingDay(survey).plusMonths(3).plusDays(14)));
    }

    @Test
    void aStepRecordedForARecommendationCompletesTheUpdate() {
        Survey survey = surveys.publishedWith(ONE);
        processes.runFollowUpTimer(survey, FollowUpProcess.POINT_REACHED);

        recordSent(survey);

        assertThat(updateTask(survey)).isNull();
        assertThat(activitiesEnded(survey, FollowUpProcess.UPDATE_ADOPTION)).hasSize(1);
        assertThat(pointTimer(survey)).as("waiting for the next point").isNotNull();
    }

    @Test
    void confirmingNoChangeCompletesTheUpdate() {
        Survey survey = surveys.publishedWith(ONE);
        processes.runFollowUpTimer(survey, FollowUpProcess.POINT_REACHED);

        int status = api.as("li.wei").in("zh-CN").post("/api/surveys/" + survey.id() + "/follow-up/no-change",
                Map.of()).code();

        assertThat(status).isEqualTo(204);
        assertThat(updateTask(survey)).isNull();
        assertThat(activitiesEnded(survey, FollowUpProcess.UPDATE_ADOPTION)).hasSize(1);
    }

    @Test
    void nothingRecordedByTheDueDateIsEscalatedToEveryOrganizerOnce() {
        Survey survey = surveys.publishedWith(ONE);
        processes.runFollowUpTimer(survey, FollowUpProcess.POINT_REACHED);
        List<String> organizers = jdbc.sql("select username from app_user where role = 'ORGANIZER' order by username")
                .query(String.class).list();

        processes.runFollowUpTimer(survey, FollowUpProcess.UPDATE_OVERDUE);

        List<String> told = jdbc.sql("select recipient from notification where survey_id = ? and kind = ? order by recipient")
                .params(survey.id(), NotificationKind.ADOPTION_UPDATE_OVERDUE.name()).query(String.class).list();
        assertThat(told).isEqualTo(organizers);
        assertThat(processes.timer(processes.followUpOf(survey), FollowUpProcess.UPDATE_OVERDUE))
                .as("the escalation is not repeated").isNull();
        assertThat(updateTask(survey)).as("the update is still asked for").isNotNull();
    }

    @Test
    void theFollowUpEndsAsSoonAsEveryRecommendationIsSettled() {
        Survey survey = surveys.publishedWith(ONE);
        long id = records.of(survey.id(), Surveys.LEAD).get(0).id();

        records.record(survey.id(), id, Surveys.LEAD, new StepForm(AdoptionStep.Kind.ADOPTED, calendar.today(),
                null, null, null, null, "关于加快区域创新中心建设的若干措施", null), Optional.empty());

        assertThat(processes.followUpOf(survey)).isNull();
        assertThat(activitiesEnded(survey, FollowUpProcess.ALL_SETTLED)).hasSize(1);
    }

    @Test
    void theFollowUpEndsAfterTheLastPoint() {
        Survey survey = surveys.publishedWith(ONE);
        for (int point = 0; point < 2; point++) {
            processes.runFollowUpTimer(survey, FollowUpProcess.POINT_REACHED);
            recordSent(survey);
        }

        ProcessInstance running = processes.followUpOf(survey);

        assertThat(running).isNull();
        assertThat(activitiesEnded(survey, FollowUpProcess.ENDED)).hasSize(1);
    }
}
