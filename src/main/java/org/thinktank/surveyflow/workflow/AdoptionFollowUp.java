package org.thinktank.surveyflow.workflow;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.adoption.AdoptionAccess;
import org.thinktank.surveyflow.adoption.AdoptionStepRecorded;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.workflow.bpmn.FollowUpPlan;

/**
 * An investigation's follow-up as its lead and the organizers meet it: the open request for an update, answered by
 * any step recorded for one of its recommendations or by confirming that nothing changed; and the follow-up ended
 * as soon as every recommendation is adopted or declined.
 */
@Service
public class AdoptionFollowUp {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final SurveyRegistry surveys;
    private final AdoptionAccess access;
    private final AuditTrail audit;

    AdoptionFollowUp(RuntimeService runtime, TaskService tasks, SurveyRegistry surveys, AdoptionAccess access,
                     AuditTrail audit) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.surveys = surveys;
        this.access = access;
        this.audit = audit;
    }

    /** The open request for an update, if any, whoever asks: for callers that checked access already. */
    public Optional<FollowUpRequest> openRequestUnchecked(long surveyId) {
        return openTask(surveys.requireUnchecked(surveyId)).map(task -> {
            String meetingDate = (String) tasks.getVariable(task.getId(), FollowUpProcess.Variables.MEETING_DATE);
            Integer month = (Integer) tasks.getVariable(task.getId(), FollowUpProcess.Variables.FOLLOW_UP_MONTH);
            return new FollowUpRequest(FollowUpPlan.pointDay(meetingDate, month), EngineDates.instant(task.getDueDate()));
        });
    }

    /** The lead (or an organizer) answers the open request: nothing changed since the last update. */
    @Transactional
    public void confirmNoChange(long surveyId, Actor actor) {
        Survey survey = access.writable(surveyId, actor);
        Task task = openTask(survey).orElseThrow(() ->
                new ConflictException(Reason.of("refusal.noFollowUpRequest", survey.businessKey())));
        tasks.complete(task.getId());
        audit.record(AuditEntry.of(AuditKind.ADOPTION_NO_CHANGE, actor.username(), survey.businessKey())
                .survey(surveyId));
    }

    @EventListener
    void stepRecorded(AdoptionStepRecorded recorded) {
        Survey survey = surveys.requireUnchecked(recorded.surveyId());
        openTask(survey).ifPresent(task -> tasks.complete(task.getId()));
        if (recorded.allSettled()) {
            running(survey).ifPresent(process -> runtime.createMessageCorrelation(FollowUpProcess.SETTLED)
                    .processInstanceId(process.getId()).correlate());
        }
    }

    private Optional<Task> openTask(Survey survey) {
        return tasks.createTaskQuery().processDefinitionKey(FollowUpProcess.KEY)
                .processInstanceBusinessKey(survey.businessKey()).taskDefinitionKey(FollowUpProcess.UPDATE_ADOPTION)
                .list().stream().findFirst();
    }

    private Optional<ProcessInstance> running(Survey survey) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                .processInstanceBusinessKey(survey.businessKey()).singleResult());
    }
}
