package org.thinktank.surveyflow.survey;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/**
 * The history of each investigation, written by the features as things happen. Every event is also recorded in
 * the audit trail, in the same transaction. Readers see each entry only as far as they may see what it describes
 * ({@link HistoryRule}).
 */
@Service
public class SurveyHistory {

    private final SurveyEventRepository events;
    private final Clock clock;
    private final AuditTrail audit;
    // looked up when read: the features that own the rules write history themselves
    private final ObjectProvider<HistoryRule> rules;

    SurveyHistory(SurveyEventRepository events, Clock clock, AuditTrail audit, ObjectProvider<HistoryRule> rules) {
        this.events = events;
        this.clock = clock;
        this.audit = audit;
        this.rules = rules;
    }

    public void record(long surveyId, String actor, SurveyEventKind kind, String detail) {
        write(surveyId, actor, kind, detail, null, null, null);
    }

    /** An event whose values before and after go into the audit trail (a stage, a decision, due dates). */
    public void record(long surveyId, String actor, SurveyEventKind kind, String detail, Object before, Object after) {
        write(surveyId, actor, kind, detail, null, before, after);
    }

    /** Records an entry about one version of the report (its submission, a review of it, a decision on it). */
    public void recordAboutVersion(long surveyId, String actor, SurveyEventKind kind, int versionNumber,
                                   String detail) {
        write(surveyId, actor, kind, detail, versionNumber, null, null);
    }

    /** The same, with the values before and after for the audit trail. */
    public void recordAboutVersion(long surveyId, String actor, SurveyEventKind kind, int versionNumber,
                                   String detail, Object before, Object after) {
        write(surveyId, actor, kind, detail, versionNumber, before, after);
    }

    private void write(long surveyId, String actor, SurveyEventKind kind, String detail, Integer versionNumber,
                       Object before, Object after) {
        events.insert(surveyId, clock.instant(), actor, kind, detail, versionNumber);
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
            case CONFLICT_OVERRIDDEN -> AuditKind.CONFLICT_OVERRIDDEN;
            case NUDGED -> AuditKind.TASK_NUDGED;
            case DEADLINES_SHIFTED -> AuditKind.DEADLINES_SHIFTED;
            case REVIEW_DECLINED -> AuditKind.REVIEW_DECLINED;
            case TEAM_CHANGED -> AuditKind.TEAM_CHANGED;
            case DECISION_DELEGATED -> AuditKind.REASSIGNED;
            case PLAN_SUBMITTED -> AuditKind.PLAN_SUBMITTED;
            case PLAN_DECIDED -> AuditKind.PLAN_DECIDED;
        };
    }

    /** The history of a survey as this reader may see it; the caller has checked that they may see the survey. */
    public List<SurveyEvent> visibleTo(Survey survey, Actor reader) {
        List<SurveyEvent> entries = events.ofSurvey(survey.id()).stream()
                .filter(entry -> !entry.kind().forOrganizersOnly() || reader.is(Role.ORGANIZER)).toList();
        for (HistoryRule rule : rules.orderedStream().toList()) {
            entries = rule.apply(survey, reader, entries);
        }
        return entries;
    }

    /** The history of a survey, whoever asks: for features that have checked that the reader is an organizer. */
    public List<SurveyEvent> ofUnchecked(long surveyId) {
        return events.ofSurvey(surveyId);
    }
}
