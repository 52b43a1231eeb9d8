package org.thinktank.surveyflow.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.time.WorkCalendar;

/** Launches investigations and keeps their stage and deadlines as the process moves them. */
@Service
public class SurveyRegistry {

    private final SurveyRepository surveys;
    private final SurveyAccess access;
    private final LaunchValidator validator;
    private final ConflictOfInterest conflictsOfInterest;
    private final MeetingCatalog meetings;
    private final SurveyHistory history;
    private final DeadlineDefaults defaults;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;

    SurveyRegistry(SurveyRepository surveys, SurveyAccess access, LaunchValidator validator,
                   ConflictOfInterest conflictsOfInterest, MeetingCatalog meetings, SurveyHistory history,
                   DeadlineDefaults defaults, WorkCalendar calendar, ApplicationEventPublisher events) {
        this.surveys = surveys;
        this.access = access;
        this.validator = validator;
        this.conflictsOfInterest = conflictsOfInterest;
        this.meetings = meetings;
        this.history = history;
        this.defaults = defaults;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional
    public Survey launch(LaunchRequest request, Actor actor) {
        actor.require(Role.ORGANIZER, "launch investigations");
        validator.check(request);
        List<ConflictOfInterest.Conflict> conflicts = conflictsOfInterest.check(request);
        Meeting meeting = meetings.findByCode(request.meetingCode()).orElseThrow();
        long id = surveys.nextId();
        Instant now = calendar.now();
        List<String> team = new ArrayList<>(LaunchValidator.teamOf(request));
        Survey survey = new Survey(id, meeting.code() + "-" + id, meeting.id(), request.topic().strip(),
                request.topicEn(), request.region().strip(), request.lead(), SurveyStage.PLANNING, request.dueDates(), actor.username(),
                now, now, null, List.copyOf(team), List.copyOf(new java.util.LinkedHashSet<>(request.reviewers())));
        surveys.insert(survey);
        history.record(id, actor.username(), SurveyEventKind.LAUNCHED, survey.topic(), null, survey);
        if (!conflicts.isEmpty()) {
            conflictsOfInterest.recordOverride(survey, actor, conflicts, request.conflictOverride());
        }
        events.publishEvent(new SurveyLaunched(id, survey.businessKey(), survey.lead(), survey.dueDates(),
                orDefault(request.reminderLead(), defaults.reminderLead()),
                orDefault(request.revisionPeriod(), defaults.revisionPeriod())));
        return survey;
    }

    public List<Survey> visibleTo(Actor actor) {
        return access.visibleList(actor);
    }

    /** A page of the investigations the actor may see that match the filter, newest first. */
    public Page<SurveySummary> list(Actor actor, SurveyFilter filter, PageRequest page) {
        return access.visiblePage(actor, filter, calendar.today(), page);
    }

    public SurveyDetails details(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        Meeting meeting = meetings.find(survey.meetingId()).orElseThrow();
        return new SurveyDetails(survey, meeting, history.visibleTo(survey, actor));
    }

    /** An investigation by id, whoever asks: for the process and for features that have checked access already. */
    public Survey requireUnchecked(long surveyId) {
        return surveys.find(surveyId).orElseThrow(() -> new NotFoundException(Reason.of("refusal.noSurvey", String.valueOf(surveyId))));
    }

    /** Every investigation of a meeting, whoever asks: for callers that have checked the reader is an organizer. */
    public List<Survey> ofMeetingUnchecked(long meetingId) {
        return surveys.ofMeeting(meetingId);
    }

    /** The investigations of these ids, whoever asks: for features that have checked access already. */
    public List<Survey> findAllUnchecked(Collection<Long> surveyIds) {
        return surveys.findAll(surveyIds);
    }

    /** The business keys of the investigations a filter keeps, whoever asks: for lists that are the reader's own. */
    public Set<String> businessKeysUnchecked(SurveySelection filter) {
        return surveys.businessKeys(filter);
    }

    /** A page of the investigations an organizer launched that a filter keeps, the latest first. */
    public Page<Survey> launchedBy(Actor actor, SurveySelection filter, PageRequest page) {
        if (!actor.is(Role.ORGANIZER)) {
            return Page.empty(page);
        }
        return Page.of(surveys.launchedBy(actor.username(), filter, page.offset(), page.size()), page,
                surveys.countLaunchedBy(actor.username(), filter));
    }

    @Transactional
    public void enterStage(long surveyId, SurveyStage stage) {
        SurveyStage before = requireUnchecked(surveyId).stage();
        if (surveys.updateStage(surveyId, stage, calendar.now())) {
            history.record(surveyId, null, SurveyEventKind.STAGE_ENTERED, stage.name(), Map.of("stage", before),
                    Map.of("stage", stage));
        }
    }

    /** Gives the lead at least {@code revisionPeriod} from now, shifting review and approval along. */
    @Transactional
    public DueDates planRevisionRound(long surveyId, Duration revisionPeriod) {
        Survey survey = requireUnchecked(surveyId);
        DueDates due = survey.dueDates()
                .forRevisionDueNoEarlierThan(calendar.dateOf(calendar.now().plus(revisionPeriod)));
        surveys.updateDueDates(surveyId, due);
        history.record(surveyId, null, SurveyEventKind.REVISION_PLANNED,
                "draft due " + due.draft() + ", review due " + due.review() + ", approval due " + due.approval(),
                survey.dueDates(), due);
        return due;
    }

    /**
     * Moves the deadlines of the stage an investigation is in and of the stages after it by {@code days}, as the
     * meeting moved, and records it; an investigation that ended keeps its dates. Returns the deadlines now in force.
     */
    @Transactional
    public DueDates shiftDueDates(long surveyId, long days, String actor) {
        Survey survey = requireUnchecked(surveyId);
        DueDates due = survey.dueDates().shiftedFrom(survey.stage(), days);
        if (!due.equals(survey.dueDates())) {
            surveys.updateAllDueDates(surveyId, due);
            history.record(surveyId, actor, SurveyEventKind.DEADLINES_SHIFTED, "shifted " + days + " day(s)",
                    survey.dueDates(), due);
        }
        return due;
    }

    @Transactional
    public void publish(long surveyId) {
        enterStage(surveyId, SurveyStage.PUBLISHED);
        history.record(surveyId, null, SurveyEventKind.PUBLISHED, null);
        events.publishEvent(new SurveyEnded(surveyId, SurveyStage.PUBLISHED));
    }

    @Transactional
    public void close(long surveyId) {
        enterStage(surveyId, SurveyStage.CLOSED);
        history.record(surveyId, null, SurveyEventKind.CLOSED, null);
        events.publishEvent(new SurveyEnded(surveyId, SurveyStage.CLOSED));
    }

    private static Duration orDefault(Duration given, Duration fallback) {
        return given != null ? given : fallback;
    }
}
