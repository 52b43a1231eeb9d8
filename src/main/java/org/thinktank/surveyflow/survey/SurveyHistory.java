package org.thinktank.surveyflow.survey;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;

/**
 * The history of each investigation, written by the features as things happen. Every event is also recorded in
 * the audit trail, in the same transaction.
 */
@Service
public class SurveyHistory {

    private final SurveyEventRepository events;
    private final Clock clock;
    private final AuditTrail audit;

    SurveyHistory(SurveyEventRepository events, Clock clock, AuditTrail audit) {
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    public void record(long surveyId, String actor, SurveyEventKind kind, String detail) {
        record(surveyId, actor, kind, detail, null, null);
    }

    /** An event whose values before and after go into the audit trail (a stage, a decision, due dates). */
    public void record(long surveyId, String actor, SurveyEventKind kind, String detail, Object before, Object after) {
        events.insert(surveyId, clock.instant(), actor, kind, detail);
        audit.record(AuditEntry.of(auditKindOf(kind), actor, detail).survey(surveyId).change(before, after));
    }

    private static AuditKind auditKindOf(SurveyEventKind kind) {
        return switch (kind) {
            case LAUNCHED -> AuditKind.SURVEY_LAUNCHED;
            case STAGE_ENTERED -> AuditKind.STAGE_ENTERED;
            case FINDINGS_SUBMITTED -> AuditKind.FINDINGS_SUBMITTED;
            case VERSION_SUBMITTED -> AuditKind.REPORT_SUBMITTED;
            case VERSION_RECALLED -> AuditKind.REPORT_RECALLED;
            case REVIEW_SUBMITTED -> AuditKind.REVIEW_SUBMITTED;
            case REVIEWS_TALLIED -> AuditKind.REVIEWS_TALLIED;
            case REVISION_PLANNED -> AuditKind.REVISION_PLANNED;
            case REJECTION_DECIDED, APPROVAL_DECIDED -> AuditKind.DECISION_TAKEN;
            case PUBLISHED -> AuditKind.SURVEY_PUBLISHED;
            case CLOSED -> AuditKind.SURVEY_CLOSED;
            case REMINDER_SENT -> AuditKind.REMINDER_SENT;
            case ESCALATED -> AuditKind.ESCALATED;
        };
    }

    /** The history of a survey, whoever asks: for features that have checked access already. */
    public List<SurveyEvent> ofUnchecked(long surveyId) {
        return events.ofSurvey(surveyId);
    }
}
