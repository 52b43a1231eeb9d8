package org.thinktank.surveyflow.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.findings.AttachmentPolicy;
import org.thinktank.surveyflow.findings.Upload;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The survey plan in versions, as the lead writes it and the organizers decide on it. The lead keeps one open draft
 * while the plan is theirs to write; submitting freezes it as the version the organizers decide on; sending it back
 * opens the next draft as a copy of it, questionnaire included.
 */
@Service
public class PlanBook {

    private final PlanRepository versions;
    private final SurveyAccess access;
    private final AttachmentPolicy attachments;
    private final SurveyHistory history;
    private final AuditTrail audit;
    private final WorkCalendar calendar;

    PlanBook(PlanRepository versions, SurveyAccess access, AttachmentPolicy attachments, SurveyHistory history,
             AuditTrail audit, WorkCalendar calendar) {
        this.versions = versions;
        this.access = access;
        this.attachments = attachments;
        this.history = history;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** Saves the lead's draft, starting one if none is open. */
    @Transactional
    public PlanVersion saveDraft(long surveyId, Actor actor, PlanContent content) {
        Survey survey = writableBy(surveyId, actor);
        List<InputProblem> problems = siteProblems(content);
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
        versions.draft(surveyId).ifPresentOrElse(
                draft -> versions.updateDraft(draft.id(), content, calendar.now()),
                () -> versions.insertDraft(surveyId, actor.username(), content, calendar.now()));
        PlanVersion saved = versions.draft(surveyId).orElseThrow();
        audit.record(AuditEntry.of(AuditKind.PLAN_SAVED, actor.username(), "version " + saved.number())
                .survey(survey.id()));
        return saved;
    }

    /** The problems of a questionnaire file before it is uploaded, so a form can refuse it with the rest. */
    public List<InputProblem> checkQuestionnaire(String fileName, long size) {
        return attachments.check(AttachmentPolicy.safeName(fileName), size).stream()
                .map(problem -> new InputProblem(null, "questionnaire", problem.reason())).toList();
    }

    /** Attaches the questionnaire draft to the lead's draft, replacing the one it had. */
    @Transactional
    public PlanVersion attachQuestionnaire(long surveyId, Actor actor, Upload upload) {
        writableBy(surveyId, actor);
        String name = AttachmentPolicy.safeName(upload.fileName());
        List<InputProblem> problems = checkQuestionnaire(name, upload.content().length);
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
        long draftId = versions.draft(surveyId).map(PlanVersion::id)
                .orElseGet(() -> versions.insertDraft(surveyId, actor.username(), PlanContent.empty(), calendar.now()));
        versions.attachQuestionnaire(draftId, name, attachments.contentTypeOf(name), upload.content());
        audit.record(AuditEntry.of(AuditKind.ATTACHMENT_ADDED, actor.username(), "plan questionnaire: " + name)
                .survey(surveyId));
        return versions.draft(surveyId).orElseThrow();
    }

    /** Freezes the open draft as the version the organizers decide on; called when the lead completes the task. */
    @Transactional
    public PlanVersion submit(long surveyId, String lead) {
        PlanVersion draft = versions.draft(surveyId)
                .orElseThrow(() -> new ConflictException(Reason.of("refusal.savePlanFirst")));
        List<InputProblem> missing = draft.content().missingForSubmission().stream()
                .map(field -> InputProblem.of(field, "refusal.planFieldMissing")).toList();
        if (!missing.isEmpty()) {
            throw InvalidRequestException.of(missing);
        }
        versions.submit(draft.id(), calendar.now());
        history.record(surveyId, lead, SurveyEventKind.PLAN_SUBMITTED, "version " + draft.number());
        return versions.version(surveyId, draft.number()).orElseThrow();
    }

    /**
     * Records an organizer's decision on the submitted version; called when they complete the approval task.
     * Sending back needs a comment, and opens the next draft.
     */
    @Transactional
    public PlanDecision decide(long surveyId, int number, Actor organizer, PlanDecisionForm form) {
        if (form.decision() == PlanDecision.SEND_BACK && form.comment() == null) {
            throw InvalidRequestException.of(List.of(InputProblem.of("comment", "refusal.planCommentNeeded")));
        }
        PlanVersion submitted = versions.version(surveyId, number)
                .filter(version -> version.status() == PlanStatus.SUBMITTED)
                .orElseThrow(() -> new ConflictException(Reason.of("refusal.noPlanAwaitingDecision")));
        PlanStatus status = form.decision() == PlanDecision.APPROVE ? PlanStatus.APPROVED : PlanStatus.SENT_BACK;
        versions.decide(submitted.id(), status, organizer.username(), calendar.now(), form.comment());
        if (status == PlanStatus.SENT_BACK) {
            long next = versions.insertDraft(surveyId, submitted.author(), submitted.content(), calendar.now());
            versions.copyQuestionnaire(submitted.id(), next);
        }
        history.record(surveyId, organizer.username(), SurveyEventKind.PLAN_DECIDED,
                "version " + number + ": " + form.decision().name());
        return form.decision();
    }

    private Survey writableBy(long surveyId, Actor actor) {
        Survey survey = access.ledBy(surveyId, actor);
        if (survey.stage() != SurveyStage.PLANNING) {
            throw new ConflictException(Reason.of("refusal.planNotInPlanning", survey.businessKey(), survey.stage()));
        }
        boolean awaitingDecision = versions.all(surveyId).stream()
                .anyMatch(version -> version.status() == PlanStatus.SUBMITTED);
        if (awaitingDecision) {
            throw new ConflictException(Reason.of("refusal.planAwaitingDecision", survey.businessKey()));
        }
        return survey;
    }

    private static List<InputProblem> siteProblems(PlanContent content) {
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < content.sites().size(); i++) {
            PlanSite site = content.sites().get(i);
            if (site.endsOn().isBefore(site.startsOn())) {
                problems.add(InputProblem.of("sites[" + i + "].endsOn", "refusal.siteEndsBeforeStart"));
            }
        }
        return problems;
    }
}
