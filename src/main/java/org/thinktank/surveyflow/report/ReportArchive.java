package org.thinktank.surveyflow.report;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
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
 * The study report in versions. The lead keeps one open draft; submitting it freezes it as the version the
 * reviewers review. The team sees every version, reviewers and organizers only submitted ones.
 */
@Service
public class ReportArchive {

    private final ReportRepository versions;
    private final SurveyAccess access;
    private final SurveyHistory history;
    private final WorkCalendar calendar;
    private final AuditTrail audit;

    ReportArchive(ReportRepository versions, SurveyAccess access, SurveyHistory history, WorkCalendar calendar,
                  AuditTrail audit) {
        this.versions = versions;
        this.access = access;
        this.history = history;
        this.calendar = calendar;
        this.audit = audit;
    }

    public ReportVersion draft(long surveyId, Actor actor) {
        Survey survey = access.ofTeam(surveyId, actor);
        return versions.draft(surveyId).orElseThrow(() -> new NotFoundException(
                Reason.of("refusal.noOpenDraft", survey.businessKey())));
    }

    /** Saves the lead's draft, starting a new version after a submitted one. */
    @Transactional
    public ReportVersion saveDraft(long surveyId, Actor actor, ReportSections sections) {
        Survey survey = access.ledBy(surveyId, actor);
        if (survey.stage() != SurveyStage.DRAFTING) {
            throw new ConflictException(Reason.of("refusal.reportNotInDrafting",
                    survey.businessKey(), survey.stage()));
        }
        versions.draft(surveyId).ifPresentOrElse(
                draft -> versions.updateDraft(draft.id(), sections, calendar.now()),
                () -> versions.insertDraft(surveyId, actor.username(), sections, calendar.now()));
        ReportVersion saved = versions.draft(surveyId).orElseThrow();
        audit.record(AuditEntry.of(AuditKind.DRAFT_SAVED, actor.username(), "version " + saved.number())
                .survey(surveyId));
        return saved;
    }

    /** Freezes the open draft as a submitted version; called when the lead completes the drafting task. */
    @Transactional
    public ReportVersion submitDraft(long surveyId, String lead) {
        ReportVersion draft = versions.draft(surveyId)
                .orElseThrow(() -> new ConflictException(Reason.of("refusal.saveDraftFirst")));
        List<String> blank = draft.sections().blankSections();
        if (!blank.isEmpty()) {
            throw InvalidRequestException.of(blank.stream().map(section -> new InputProblem("reportSections", section,
                    Reason.of("refusal.blankInSubmittedVersion"))).toList());
        }
        versions.freeze(draft.id(), calendar.now());
        history.recordAboutVersion(surveyId, lead, SurveyEventKind.VERSION_SUBMITTED, draft.number(),
                "version " + draft.number());
        return versions.version(surveyId, draft.number()).orElseThrow();
    }

    /** Makes a submitted version the open draft again; called when the lead recalls it before its review started. */
    @Transactional
    public ReportVersion reopen(long surveyId, int number) {
        ReportVersion version = submittedUnchecked(surveyId, number);
        versions.reopen(version.id());
        history.recordAboutVersion(surveyId, version.author(), SurveyEventKind.VERSION_RECALLED, number,
                "version " + number);
        return versions.version(surveyId, number).orElseThrow();
    }

    public List<ReportVersion> visibleIn(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        return versions.all(surveyId).stream().filter(v -> mayRead(survey, v, actor)).toList();
    }

    public ReportVersion version(long surveyId, int number, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        return versions.version(surveyId, number).filter(v -> mayRead(survey, v, actor))
                .orElseThrow(() -> new NotFoundException(
                        Reason.of("refusal.noVersionToRead", survey.businessKey(), String.valueOf(number))));
    }

    /** A submitted version, whoever asks: for the process and for features that have checked access already. */
    public ReportVersion submittedUnchecked(long surveyId, int number) {
        return versions.version(surveyId, number).filter(v -> v.status() == VersionStatus.SUBMITTED)
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noSubmittedVersion", String.valueOf(number))));
    }

    /** The number of the newest submitted version, or 0 when none was submitted yet. */
    public int latestSubmittedNumber(long surveyId) {
        return versions.latestSubmitted(surveyId).map(ReportVersion::number).orElse(0);
    }

    /** Who may read a version: anyone who sees the investigation once it is submitted, its drafts only the team. */
    static boolean mayRead(Survey survey, ReportVersion version, Actor actor) {
        return version.status() == VersionStatus.SUBMITTED || survey.hasOnTeam(actor.username());
    }
}
