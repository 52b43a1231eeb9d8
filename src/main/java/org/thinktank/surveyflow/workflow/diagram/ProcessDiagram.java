package org.thinktank.surveyflow.workflow.diagram;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/**
 * The BPMN diagram of an investigation's process as SVG, drawn on the server from the model's diagram
 * interchange (DI), with the step it is at highlighted (its end event once it ended).
 */
@Service
public class ProcessDiagram {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final SurveyAccess access;

    ProcessDiagram(RuntimeService runtime, HistoryService history, RepositoryService repository, SurveyAccess access) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.access = access;
    }

    public String svgOf(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(survey.businessKey()).processDefinitionKey(SurveyProcess.KEY)
                .singleResult();
        if (process == null) {
            throw new NotFoundException(Reason.of("refusal.noProcess", survey.businessKey()));
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(process.getProcessDefinitionId());
        return new SvgDiagram(model).render(currentSteps(process));
    }

    private Collection<String> currentSteps(HistoricProcessInstance process) {
        if (process.getEndTime() == null) {
            return new HashSet<>(runtime.getActiveActivityIds(process.getId()));
        }
        Set<String> ends = new HashSet<>();
        history.createHistoricActivityInstanceQuery().processInstanceId(process.getId()).activityType("noneEndEvent")
                .list().stream().filter(end -> end.getParentActivityInstanceId().equals(process.getId()))
                .map(HistoricActivityInstance::getActivityId).forEach(ends::add);
        return ends;
    }
}
