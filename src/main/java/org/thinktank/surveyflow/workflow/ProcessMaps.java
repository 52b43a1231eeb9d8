package org.thinktank.surveyflow.workflow;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.workflow.diagram.MapProgress;
import org.thinktank.surveyflow.workflow.diagram.SvgDiagram;

/**
 * The map of an investigation's process, drawn on the server from the model's diagram interchange (DI) of the
 * definition version it runs on: steps, gateways and branches named in the reader's language (message keys
 * {@code process.<element id>}), the finished steps ticked, the current one highlighted (ADR 0006, 0015).
 */
@Service
public class ProcessMaps {

    static final String LABEL_KEY = "process.";

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final SurveyAccess access;
    private final MessageSource messages;

    ProcessMaps(RuntimeService runtime, HistoryService history, RepositoryService repository, SurveyAccess access,
                MessageSource messages) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.access = access;
        this.messages = messages;
    }

    public ProcessMap of(long surveyId, Actor actor, Locale locale) {
        Survey survey = access.visible(surveyId, actor);
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(survey.businessKey()).processDefinitionKey(SurveyProcess.KEY)
                .singleResult();
        if (process == null) {
            throw new NotFoundException(Reason.of("refusal.noProcess", survey.businessKey()));
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(process.getProcessDefinitionId());
        MapProgress progress = progressOf(process);
        String svg = new SvgDiagram(model).render(progress, element -> labelOf(element, locale));
        List<String> current = progress.current().stream().sorted(Comparator.naturalOrder())
                .map(id -> model.<FlowElement>getModelElementById(id)).filter(Objects::nonNull) // not multi-instance bodies
                .map(element -> labelOf(element, locale)).filter(Objects::nonNull).toList();
        return new ProcessMap(svg, current);
    }

    private String labelOf(FlowElement element, Locale locale) {
        if (element == null || element.getName() == null) {
            return null;
        }
        return messages.getMessage(LABEL_KEY + element.getId(), null, element.getName(), locale);
    }

    private MapProgress progressOf(HistoricProcessInstance process) {
        List<HistoricActivityInstance> passed = history.createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId()).finished().list();
        Set<String> done = passed.stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        if (process.getEndTime() == null) {
            Set<String> current = new HashSet<>(runtime.getActiveActivityIds(process.getId()));
            return new MapProgress(done, current);
        }
        Set<String> ends = passed.stream().filter(activity -> "noneEndEvent".equals(activity.getActivityType()))
                .filter(end -> end.getParentActivityInstanceId().equals(process.getId()))
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        done.removeAll(ends);
        return new MapProgress(done, ends);
    }
}
