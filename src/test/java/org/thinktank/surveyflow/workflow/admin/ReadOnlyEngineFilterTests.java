package org.thinktank.surveyflow.workflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which calls to Camunda's engine REST API and webapps are reads, sign-ins, the allowed repair, or refused writes. */
class ReadOnlyEngineFilterTests {

    private final ReadOnlyEngineFilter filter = new ReadOnlyEngineFilter("/engine-rest", "/camunda", null, null,
            Clock.systemUTC());

    @ParameterizedTest(name = "{0} {1} is a read")
    @CsvSource({
            "GET, /engine-rest/task",
            "GET, /engine-rest/process-instance/42/variables",
            "HEAD, /engine-rest/task/42",
            "OPTIONS, /engine-rest/task/42/complete",
            "POST, /engine-rest/task",
            "POST, /engine-rest/task/count",
            "POST, /engine-rest/process-instance",
            "POST, /engine-rest/process-instance/count",
            "POST, /engine-rest/variable-instance",
            "POST, /engine-rest/execution",
            "POST, /engine-rest/job",
            "POST, /engine-rest/job-definition/count",
            "POST, /engine-rest/filter/f1/list",
            "POST, /engine-rest/history/task",
            "POST, /engine-rest/history/process-instance/count",
            "POST, /engine-rest/history/variable-instance",
            "POST, /engine-rest/history/activity-instance",
            "POST, /engine-rest/history/detail",
            "POST, /engine-rest/history/job-log",
            "POST, /engine-rest/migration/generate",
            "POST, /engine-rest/migration/validate",
            "POST, /engine-rest/engine/default/task",
            "GET, /camunda/app/cockpit/default/",
            "GET, /camunda/api/engine/engine/default/task",
            "POST, /camunda/api/engine/engine/default/history/task/count",
            "POST, /camunda/api/cockpit/plugin/base/default/process-instance",
            "POST, /camunda/api/cockpit/plugin/base/default/incident/count",
            "POST, /camunda/api/cockpit/plugin/base/default/process-definition/d1/called-process-definitions",
            "GET, /camunda/api/admin/auth/user/default",
    })
    void reads(String method, String path) {
        assertThat(filter.classify(method, path)).isEqualTo(EngineCall.READ);
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
            "POST, /engine-rest/task/42/complete",
            "POST, /engine-rest/task/42/resolve",
            "POST, /engine-rest/task/42/submit-form",
            "POST, /engine-rest/task/42/claim",
            "POST, /engine-rest/task/42/unclaim",
            "POST, /engine-rest/task/42/assignee",
            "POST, /engine-rest/task/42/delegate",
            "POST, /engine-rest/task/42/variables",
            "PUT, /engine-rest/task/42/variables/reportVersion",
            "PUT, /engine-rest/task/42",
            "DELETE, /engine-rest/task/42",
            "POST, /engine-rest/task/create",
            "POST, /engine-rest/message",
            "POST, /engine-rest/signal",
            "POST, /engine-rest/condition",
            "POST, /engine-rest/execution/e1/signal",
            "POST, /engine-rest/execution/e1/messageSubscriptions/reportRecalled/trigger",
            "DELETE, /engine-rest/process-instance/p1",
            "POST, /engine-rest/process-instance/delete",
            "POST, /engine-rest/process-instance/p1/variables",
            "PUT, /engine-rest/process-instance/p1/variables/reviewOutcome",
            "DELETE, /engine-rest/process-instance/p1/variables/reviewOutcome",
            "POST, /engine-rest/process-instance/p1/modification",
            "POST, /engine-rest/process-instance/p1/modification-async",
            "PUT, /engine-rest/process-instance/p1/suspended",
            "POST, /engine-rest/process-instance/message-async",
            "POST, /engine-rest/process-instance/variables-async",
            "POST, /engine-rest/process-definition/key/survey-investigation/start",
            "POST, /engine-rest/process-definition/d1/restart",
            "POST, /engine-rest/job/j1/execute",
            "PUT, /engine-rest/job/j1/duedate",
            "PUT, /engine-rest/job/j1/suspended",
            "DELETE, /engine-rest/job/j1",
            "POST, /engine-rest/deployment/create",
            "DELETE, /engine-rest/deployment/d1",
            "POST, /engine-rest/migration/execute",
            "POST, /engine-rest/migration/executeAsync",
            "POST, /engine-rest/modification/execute",
            "DELETE, /engine-rest/batch/b1",
            "POST, /engine-rest/history/process-instance/delete",
            "POST, /engine-rest/history/cleanup",
            "POST, /engine-rest/external-task/fetchAndLock",
            "POST, /engine-rest/user/create",
            "PUT, /engine-rest/user/admin/profile",
            "DELETE, /engine-rest/user/admin",
            "POST, /engine-rest/group/create",
            "POST, /engine-rest/authorization/create",
            "PATCH, /engine-rest/task/42",
            "POST, /engine-rest/engine/default/task/42/complete",
            "POST, /engine-rest/task/42/complete/",
            "POST, /engine-rest/task/count/../42/complete",
            "POST, /engine-rest",
            "POST, /camunda/api/engine/engine/default/task/42/complete",
            "POST, /camunda/api/engine/engine/default/message",
            "DELETE, /camunda/api/engine/engine/default/process-instance/p1",
            "PUT, /camunda/api/engine/engine/default/process-instance/p1/variables/lead",
            "POST, /camunda/api/engine/engine/default/filter/create",
            "POST, /camunda/api/cockpit/plugin/base/default/process-instance/p1/modification",
            "POST, /camunda/api/admin/setup/default/user/create",
            "POST, /camunda/api/tasklist/plugin/anything",
            "POST, /camunda/app/cockpit/default/",
    })
    void writes(String method, String path) {
        assertThat(filter.classify(method, path)).isEqualTo(EngineCall.WRITE);
    }

    @ParameterizedTest(name = "{0} {1} is the allowed repair")
    @CsvSource({
            "PUT, /engine-rest/job/j1/retries",
            "POST, /engine-rest/job/retries",
            "PUT, /engine-rest/job-definition/jd1/retries",
            "POST, /engine-rest/process-instance/job-retries",
            "PUT, /engine-rest/engine/default/job/j1/retries",
            "PUT, /camunda/api/engine/engine/default/job/j1/retries",
    })
    void repairs(String method, String path) {
        assertThat(filter.classify(method, path)).isEqualTo(EngineCall.REPAIR);
    }

    @ParameterizedTest(name = "{0} {1} changes a password")
    @CsvSource({
            "PUT, /engine-rest/user/admin/credentials",
            "PUT, /camunda/api/engine/engine/default/user/admin/credentials",
    })
    void passwordChanges(String method, String path) {
        assertThat(filter.classify(method, path)).isEqualTo(EngineCall.PASSWORD);
    }

    @ParameterizedTest(name = "{0} {1} signs in")
    @CsvSource({
            "POST, /camunda/api/admin/auth/user/default/login/cockpit",
            "POST, /camunda/api/admin/auth/user/default/logout",
    })
    void signIns(String method, String path) {
        assertThat(filter.classify(method, path)).isEqualTo(EngineCall.SIGN_IN);
    }

    @ParameterizedTest(name = "{0} {1} is not Camunda's")
    @CsvSource({
            "POST, /api/tasks/42/complete",
            "POST, /api/surveys/1/reviews",
            "POST, /engine-restless/task/42/complete",
            "POST, /camundaX/api/engine/engine/default/message",
    })
    void theApplicationsOwnPathsAreLeftAlone(String method, String path) {
        assertThat(filter.classify(method, path)).isNull();
    }
}
