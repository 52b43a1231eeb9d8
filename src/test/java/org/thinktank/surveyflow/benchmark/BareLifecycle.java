package org.thinktank.surveyflow.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The same BPMN model driven through Camunda's Java API alone: the engine's own cost of the process (its tasks,
 * gateways, multi-instance, timers and the asynchronous join), with the application's work taken out. The model is
 * read from the packaged file and deployed under its own key with its listeners removed and its service tasks and
 * team expressions pointed at {@link BareWork}; every user task, timer and flow stays as it is.
 */
final class BareLifecycle implements Lifecycle {

    static final String KEY = "survey-investigation-bare";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Latencies latencies;
    private final LocalDate today;

    BareLifecycle(BenchmarkApp app, Latencies latencies) {
        this.runtime = app.bean(RuntimeService.class);
        this.tasks = app.bean(TaskService.class);
        this.latencies = latencies;
        this.today = app.bean(WorkCalendar.class).today();
    }

    /** Deploys the bare model and the bean it calls; once per application. */
    static void deploy(BenchmarkApp app) throws IOException {
        app.context().getBeanFactory().registerSingleton("bareWork", new BareWork());
        app.bean(RepositoryService.class).createDeployment().name(KEY)
                .addString(KEY + ".bpmn", bareModel()).deploy();
    }

    static String bareModel() throws IOException {
        String model;
        try (InputStream in = BareLifecycle.class.getResourceAsStream("/processes/survey-investigation.bpmn")) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String bare = model.replace("\"survey-investigation\"", "\"" + KEY + "\"")
                .replaceAll("<camunda:executionListener [^>]*/>", "")
                .replaceAll("<camunda:taskListener [^>]*/>", "")
                .replace("${surveyTeam.researchersOf(surveyId)}", "${bareWork.people(execution, 'researchers')}")
                .replace("${surveyTeam.reviewersOf(surveyId)}", "${bareWork.people(execution, 'reviewers')}")
                .replace("camunda:delegateExpression=\"${tallyReviewsDelegate}\"",
                        "camunda:expression=\"${bareWork.accept(execution)}\"")
                .replaceAll("camunda:delegateExpression=\"\\$\\{\\w+Delegate}\"", "camunda:expression=\"\\${bareWork.nothing()}\"");
        if (bare.contains("delegateExpression") || bare.contains("surveyTeam") || bare.contains("surveyStages")) {
            throw new IllegalStateException("The model has application work the bare version does not replace");
        }
        return bare;
    }

    @Override
    public void run(Cast cast, int number) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("surveyId", (long) -number);
        variables.put("lead", cast.lead());
        variables.put("researchers", String.join(",", cast.researchers()));
        variables.put("reviewers", String.join(",", cast.reviewers()));
        variables.put("planDue", today.plusDays(5).toString());
        variables.put("findingsDue", today.plusDays(10).toString());
        variables.put("draftDue", today.plusDays(20).toString());
        variables.put("reviewDue", today.plusDays(30).toString());
        variables.put("approvalDue", today.plusDays(35).toString());
        variables.put("reminderLead", "P2D");
        variables.put("revisionPeriod", "P7D");
        String process = latencies.time("launch", () -> runtime.startProcessInstanceByKey(KEY, "BARE-" + number,
                variables)).getId();
        for (Task task : open(process, "submitFindings", cast.researchers().size())) {
            latencies.time("submit findings", () -> tasks.complete(task.getId()));
        }
        Lifecycle.await("drafting", () -> !tasks.createTaskQuery().processInstanceId(process)
                .taskDefinitionKey("draftReport").list().isEmpty());
        Task draft = open(process, "draftReport", 1).get(0);
        latencies.time("submit report", () -> tasks.complete(draft.getId(), Map.of("reportVersion", 1)));
        for (Task review : open(process, "reviewReport", cast.reviewers().size())) {
            latencies.time("review", () -> tasks.complete(review.getId()));
        }
        Task approval = open(process, "approveReport", 1).get(0);
        latencies.time("approve", () -> tasks.complete(approval.getId(),
                Map.of("approvalDecision", "APPROVE")));
        if (runtime.createProcessInstanceQuery().processInstanceId(process).count() != 0) {
            throw new IllegalStateException("Bare process " + process + " did not end");
        }
    }

    private List<Task> open(String process, String key, int expected) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(key).list();
        if (open.size() != expected) {
            throw new IllegalStateException(expected + " " + key + " tasks expected, found " + open.size());
        }
        return open;
    }

    /** What the bare model calls instead of the application's beans. */
    public static final class BareWork {

        public List<String> people(DelegateExecution execution, String variable) {
            return Arrays.asList(((String) execution.getVariable(variable)).split(","));
        }

        public Object accept(DelegateExecution execution) {
            execution.setVariable("reviewOutcome", "ACCEPT");
            return null;
        }

        public Object nothing() {
            return null;
        }
    }
}
