package org.thinktank.surveyflow.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;

/** Records what organizers decide on rejected reports and on approval, who decided and when. */
@Service
public class OrganizerDecisions {

    private final DecisionRepository decisions;
    private final SurveyRegistry surveys;
    private final SurveyHistory history;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;

    OrganizerDecisions(DecisionRepository decisions, SurveyRegistry surveys, SurveyHistory history,
                       WorkCalendar calendar, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.surveys = surveys;
        this.history = history;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional
    public DecisionOutcome record(DecisionKind kind, long surveyId, int versionNumber, Actor actor, DecisionForm form) {
        actor.require(Role.ORGANIZER, "decide on " + kind.name().toLowerCase());
        Survey survey = surveys.requireUnchecked(surveyId);
        if (survey.hasOnTeam(actor.username())) {
            throw new ForbiddenException(Reason.of("refusal.coAuthorDecision", actor.username(), survey.businessKey()));
        }
        if (!kind.allows(form.decision())) {
            List<DecisionOutcome> allowed = kind.allowed().stream().sorted().toList();
            throw InvalidRequestException.of(InputProblem.of("decision", "decision.error.notAllowed", new Reason.Values(
                    allowed.stream().map(Enum::name).toList(),
                    allowed.stream().map(outcome -> Reason.of("outcome." + outcome.name())).toList())));
        }
        if (form.decision().needsReason() && (form.reason() == null || form.reason().isBlank())) {
            throw InvalidRequestException.of(InputProblem.of("reason", "decision.error.reasonNeeded", form.decision()));
        }
        decisions.insert(surveyId, versionNumber, kind, form, actor.username(), calendar.now());
        history.recordAboutVersion(surveyId, actor.username(),
                kind == DecisionKind.APPROVAL ? SurveyEventKind.APPROVAL_DECIDED : SurveyEventKind.REJECTION_DECIDED,
                versionNumber, form.decision() + (form.reason() == null || form.reason().isBlank() ? "" : ": " + form.reason()),
                Map.of("stage", surveys.requireUnchecked(surveyId).stage()), form);
        events.publishEvent(new DecisionTaken(surveyId, versionNumber, kind, form.decision(), form.reason()));
        return form.decision();
    }

    /**
     * The approval that published the report, if it was approved, whoever asks: for features that have checked
     * access already.
     */
    public Optional<Decision> approvalOfUnchecked(long surveyId) {
        return decisions.ofSurvey(surveyId).stream()
                .filter(d -> d.kind() == DecisionKind.APPROVAL && d.outcome() == DecisionOutcome.APPROVE)
                .reduce((first, second) -> second);
    }

    /** Whether organizers closed the investigation after a reviewer rejected its report, whoever asks. */
    public boolean closedAfterRejectionUnchecked(long surveyId) {
        return decisions.ofSurvey(surveyId).stream()
                .anyMatch(d -> d.kind() == DecisionKind.REJECTION && d.outcome() == DecisionOutcome.CLOSE);
    }
}
