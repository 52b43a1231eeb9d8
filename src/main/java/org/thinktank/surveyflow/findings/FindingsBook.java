package org.thinktank.surveyflow.findings;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The team's findings. A researcher adds and edits their own drafts while the investigation collects findings;
 * completing their findings task submits them. Others see submitted findings only.
 */
@Service
public class FindingsBook {

    private final FindingRepository findings;
    private final SurveyAccess access;
    private final SurveyHistory history;
    private final WorkCalendar calendar;
    private final AuditTrail audit;

    FindingsBook(FindingRepository findings, SurveyAccess access, SurveyHistory history, WorkCalendar calendar,
                 AuditTrail audit) {
        this.findings = findings;
        this.access = access;
        this.history = history;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional
    public Finding add(long surveyId, Actor actor, FindingForm form) {
        Survey survey = access.ofTeam(surveyId, actor);
        requireStillCollecting(survey, actor);
        long id = findings.insert(surveyId, actor.username(), form, calendar.now());
        Finding added = findings.find(surveyId, id).orElseThrow();
        audit.record(AuditEntry.of(AuditKind.FINDING_ADDED, actor.username(), "finding " + id + ": " + added.title())
                .survey(surveyId).after(added));
        return added;
    }

    @Transactional
    public Finding edit(long surveyId, long findingId, Actor actor, FindingForm form) {
        Finding finding = ownDraft(surveyId, findingId, actor);
        findings.update(findingId, form, calendar.now());
        Finding edited = findings.find(surveyId, findingId).orElseThrow();
        audit.record(AuditEntry.of(AuditKind.FINDING_UPDATED, actor.username(), "finding " + findingId + ": "
                + edited.title()).survey(surveyId).change(finding, edited));
        return edited;
    }

    /** Deletes one of the actor's draft findings with its figures and attachments. */
    @Transactional
    public void delete(long surveyId, long findingId, Actor actor) {
        Finding finding = ownDraft(surveyId, findingId, actor);
        findings.delete(findingId);
        audit.record(AuditEntry.of(AuditKind.FINDING_DELETED, actor.username(), "finding " + findingId + ": "
                + finding.title()).survey(surveyId).change(finding, null));
    }

    /** One of the actor's own findings that is still a draft, which only they may change. */
    public Finding ownDraft(long surveyId, long findingId, Actor actor) {
        Survey survey = access.ofTeam(surveyId, actor);
        Finding finding = findings.find(surveyId, findingId).orElseThrow(() -> new NotFoundException(
                Reason.of("refusal.noFinding", String.valueOf(findingId), survey.businessKey())));
        if (!finding.author().equals(actor.username())) {
            throw new ForbiddenException(Reason.of("refusal.editAuthorOnly", finding.author(), String.valueOf(findingId)));
        }
        if (finding.status() == FindingStatus.SUBMITTED) {
            throw new ConflictException(Reason.of("refusal.findingSubmitted", String.valueOf(findingId)));
        }
        return finding;
    }

    /** The findings the actor may read in an investigation (the submitted ones and their own drafts), in order. */
    public List<Finding> visibleIn(long surveyId, Actor actor) {
        access.visible(surveyId, actor);
        return findings.visibleTo(surveyId, actor.username());
    }

    /** A page of the findings the actor may read in an investigation that the filter keeps, newest first. */
    public Page<Finding> visibleIn(long surveyId, Actor actor, FindingFilter filter, PageRequest page) {
        access.visible(surveyId, actor);
        return findings.visibleTo(surveyId, actor.username(), filter, page);
    }

    /** The submitted findings of a survey, whoever asks: for features that have checked access already. */
    public List<Finding> submittedInUnchecked(long surveyId) {
        return findings.ofSurvey(surveyId).stream().filter(f -> f.status() == FindingStatus.SUBMITTED).toList();
    }

    /** Freezes the author's drafts; called when they complete their findings task. */
    @Transactional
    public int submitAll(long surveyId, String author) {
        int submitted = findings.submitDrafts(surveyId, author, calendar.now());
        if (submitted == 0) {
            throw new ConflictException(Reason.of("refusal.noFindingsToSubmit"));
        }
        history.record(surveyId, author, SurveyEventKind.FINDINGS_SUBMITTED, submitted + " finding(s)");
        return submitted;
    }

    private void requireStillCollecting(Survey survey, Actor actor) {
        if (survey.stage() != SurveyStage.FINDINGS) {
            throw new ConflictException(Reason.of("refusal.findingsClosed", survey.businessKey(), survey.stage()));
        }
        if (findings.hasSubmitted(survey.id(), actor.username())) {
            throw new ConflictException(Reason.of("refusal.findingsAlreadySubmitted", survey.businessKey()));
        }
    }
}
