package org.thinktank.surveyflow.adoption;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.decision.Decision;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.decision.DecisionTaken;
import org.thinktank.surveyflow.decision.OrganizerDecisions;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Makes an approved report's recommendations trackable: when organizers approve a version, its recommendations
 * section is split ({@link RecommendationSplitter}) and stored, numbered. A report published before this existed
 * (before V21) has its recommendations split the first time its adoption record or its meeting's dashboard is read.
 */
@Component
class RecommendationTracking {

    private final RecommendationRepository recommendations;
    private final ReportArchive reports;
    private final OrganizerDecisions decisions;
    private final SurveyRegistry surveys;
    private final AuditTrail audit;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;

    RecommendationTracking(RecommendationRepository recommendations, ReportArchive reports,
                           OrganizerDecisions decisions, SurveyRegistry surveys, AuditTrail audit,
                           WorkCalendar calendar, ApplicationEventPublisher events) {
        this.recommendations = recommendations;
        this.reports = reports;
        this.decisions = decisions;
        this.surveys = surveys;
        this.audit = audit;
        this.calendar = calendar;
        this.events = events;
    }

    @EventListener
    void approved(DecisionTaken decision) {
        if (decision.kind() == DecisionKind.APPROVAL && decision.outcome() == DecisionOutcome.APPROVE) {
            Instant now = calendar.now();
            track(decision.surveyId(), decision.versionNumber(), now, audit.signedInUserOrSystem());
            events.publishEvent(new RecommendationsTracked(decision.surveyId(),
                    surveys.requireUnchecked(decision.surveyId()).lead()));
        }
    }

    /** Tracks the recommendations of a report published before V21, once; the follow-up process is not started. */
    void trackIfPublishedBefore(Survey survey) {
        if (survey.stage() != SurveyStage.PUBLISHED || !recommendations.ofSurvey(survey.id()).isEmpty()) {
            return;
        }
        decisions.approvalOfUnchecked(survey.id()).filter(approval -> approval.versionNumber() != null)
                .ifPresent(approval -> track(survey.id(), approval.versionNumber(), approval.decidedAt(),
                        AuditTrail.SYSTEM));
    }

    private void track(long surveyId, int versionNumber, Instant approvedAt, String actor) {
        List<String> texts = RecommendationSplitter.split(
                reports.submittedUnchecked(surveyId, versionNumber).sections().recommendations());
        recommendations.store(surveyId, versionNumber, texts, calendar.dateOf(approvedAt), calendar.now());
        audit.record(AuditEntry.of(AuditKind.RECOMMENDATIONS_TRACKED, actor, "version " + versionNumber)
                .survey(surveyId).after(texts));
    }
}
