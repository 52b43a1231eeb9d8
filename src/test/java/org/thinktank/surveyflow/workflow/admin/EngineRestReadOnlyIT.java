package org.thinktank.surveyflow.workflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.EngineRegistered;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.LogLines;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;

/**
 * Camunda's engine REST API and Cockpit's calls to it are read-only for admins: nothing there moves an
 * investigation's process past the application's services. Setting the retries of a failed job is the one repair.
 */
@IntegrationTest
@ExtendWith(EngineRegistered.class)
class EngineRestReadOnlyIT {

    @RegisterExtension
    final LogLines log = LogLines.of(ReadOnlyEngineFilter.class);

    @Autowired
    Api api;
    @Autowired
    Refusals refusals;
    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    /** A survey in review, with the ids a caller of the engine REST API would use. */
    private record InReview(Survey survey, ProcessInstance process, String reviewTask) {

        String fill(String template) {
            return template.replace("{task}", reviewTask).replace("{process}", process.getId())
                    .replace("{businessKey}", survey.businessKey());
        }
    }

    private InReview inReview() {
        Survey survey = surveys.inReview();
        ProcessInstance process = processes.of(survey);
        String task = processes.tasksOf(process).taskAssignee(Surveys.REVIEWER_1.username()).singleResult().getId();
        return new InReview(survey, process, task);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "POST   | /engine-rest/task/{task}/complete                 | {\"variables\": {}}",
            "POST   | /engine-rest/task/{task}/resolve                  | {\"variables\": {}}",
            "POST   | /engine-rest/task/{task}/submit-form              | {\"variables\": {}}",
            "POST   | /engine-rest/task/{task}/claim                    | {\"userId\": \"admin\"}",
            "POST   | /engine-rest/task/{task}/assignee                 | {\"userId\": \"admin\"}",
            "POST   | /engine-rest/task/{task}/delegate                 | {\"userId\": \"admin\"}",
            "POST   | /engine-rest/message                              | {\"messageName\": \"reportRecalled\", \"businessKey\": \"{businessKey}\"}",
            "POST   | /engine-rest/signal                               | {\"name\": \"anything\"}",
            "DELETE | /engine-rest/process-instance/{process}           | ",
            "POST   | /engine-rest/process-instance/{process}/variables | {\"modifications\": {\"reportVersion\": {\"value\": 7, \"type\": \"Integer\"}}}",
            "PUT    | /engine-rest/process-instance/{process}/variables/reviewOutcome | {\"value\": \"ACCEPT\", \"type\": \"String\"}",
            "POST   | /engine-rest/process-instance/{process}/modification | {\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"approveReport\"}]}",
            "POST   | /engine-rest/process-definition/key/survey-investigation/start | {\"businessKey\": \"forged\"}",
            "POST   | /engine-rest/engine/default/task/{task}/complete  | {\"variables\": {}}",
            "POST   | /camunda/api/engine/engine/default/task/{task}/complete | {\"variables\": {}}",
            "DELETE | /camunda/api/engine/engine/default/process-instance/{process} | ",
    })
    void anAdminCannotMoveAnInvestigationThroughTheEngineRestApi(String method, String path, String body) {
        InReview survey = inReview();

        refusals.expect(403, "The engine REST API is read-only", () -> api.as("admin")
                .exchange(HttpMethod.valueOf(method), survey.fill(path), body == null ? null : survey.fill(body)));

        assertThat(surveys.reload(survey.survey()).stage()).isEqualTo(SurveyStage.REVIEW);
        assertThat(processes.tasksOf(survey.process()).count()).isEqualTo(2);
    }

    @Test
    void anAdminStillReadsTheEngine() {
        InReview survey = inReview();
        ApiClient admin = api.as("admin");
        String byKey = "{\"processInstanceBusinessKey\": \"" + survey.survey().businessKey() + "\"}";

        assertThat(admin.get("/engine-rest/task?processInstanceBusinessKey=" + survey.survey().businessKey()).body())
                .hasSize(2);
        assertThat(admin.post("/engine-rest/task", byKey).body()).hasSize(2);
        assertThat(admin.post("/engine-rest/task/count", byKey).body().path("count").asInt()).isEqualTo(2);
        assertThat(admin.post("/engine-rest/process-instance", "{\"businessKey\": \"" + survey.survey().businessKey()
                + "\"}").body()).extracting(p -> p.path("id").asText()).containsExactly(survey.process().getId());
        assertThat(admin.post("/engine-rest/variable-instance", "{\"processInstanceIdIn\": [\""
                + survey.process().getId() + "\"], \"variableName\": \"reportVersion\"}").body())
                .extracting(v -> v.path("value").asInt()).containsExactly(1);
        assertThat(admin.post("/engine-rest/history/task", byKey).body()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(admin.post("/engine-rest/history/process-instance", "{\"processInstanceBusinessKey\": \""
                + survey.survey().businessKey() + "\"}").body()).hasSize(1);
        assertThat(admin.get("/engine-rest/process-instance/" + survey.process().getId() + "/variables").body()
                .path("lead").path("value").asText()).isEqualTo(Surveys.LEAD.username());
    }

    @Test
    void anAdminRetriesAFailedJobAndTheRepairIsLogged() {
        InReview survey = inReview();
        Job reminder = management.createJobQuery().processInstanceId(survey.process().getId()).timers().list().get(0);
        management.setJobRetries(reminder.getId(), 0); // as the job executor leaves a job that failed every time
        assertThat(runtime.createIncidentQuery().processInstanceId(survey.process().getId()).count()).isEqualTo(1);

        ApiClient.Response response = api.as("admin").put("/engine-rest/job/" + reminder.getId() + "/retries",
                Map.of("retries", 1));

        assertThat(response.code()).as(response.toString()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(reminder.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(survey.process().getId()).count()).isZero();
        assertThat(surveys.reload(survey.survey()).stage()).isEqualTo(SurveyStage.REVIEW);
        assertThat(processes.tasksOf(survey.process()).count()).isEqualTo(2);
        log.awaitLine("Engine repair: PUT /engine-rest/job/" + reminder.getId()
                + "/retries by admin answered 204");
    }

    @Test
    void aRefusedWriteIsLoggedWithWhoAskedForIt() {
        InReview survey = inReview();

        api.as("admin").post(survey.fill("/engine-rest/task/{task}/complete"), "{}");

        log.awaitLine(survey.fill("Engine write refused: POST /engine-rest/task/{task}/complete by admin"));
    }
}
