package org.thinktank.surveyflow.programme;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * Reads the programme: the whole of a meeting's for organizers (and for the exports, which have checked that the
 * reader is one); the slot of an investigation for whoever may see it; a researcher's own slots.
 */
@Service
public class ProgrammeReader {

    private final SessionRepository sessions;
    private final PresentationRepository presentations;
    private final SurveyRegistry surveys;
    private final SurveyAccess access;

    ProgrammeReader(SessionRepository sessions, PresentationRepository presentations, SurveyRegistry surveys,
                    SurveyAccess access) {
        this.sessions = sessions;
        this.presentations = presentations;
        this.surveys = surveys;
        this.access = access;
    }

    public MeetingProgramme of(Meeting meeting, Actor actor) {
        actor.require(Role.ORGANIZER, "see the whole programme");
        return ofUnchecked(meeting);
    }

    /** The programme, whoever asks: for callers that have checked the reader is an organizer. */
    public MeetingProgramme ofUnchecked(Meeting meeting) {
        List<Session> held = sessions.ofMeeting(meeting.id());
        Map<Long, List<Presentation>> bySession = presentations.ofMeeting(meeting.id()).stream()
                .collect(Collectors.groupingBy(Presentation::sessionId));
        List<Survey> approved = surveys.ofMeetingUnchecked(meeting.id()).stream()
                .filter(survey -> survey.stage() == SurveyStage.PUBLISHED)
                .sorted(Comparator.comparing(Survey::id)).toList();
        Map<Long, Survey> surveysById = approved.stream().collect(Collectors.toMap(Survey::id, Function.identity()));
        List<MeetingProgramme.SessionProgramme> programme = held.stream()
                .map(session -> new MeetingProgramme.SessionProgramme(session,
                        bySession.getOrDefault(session.id(), List.of()).stream()
                                .filter(slot -> surveysById.containsKey(slot.surveyId()))
                                .map(slot -> new ScheduledSlot(surveysById.get(slot.surveyId()), slot, session))
                                .toList()))
                .toList();
        Set<Long> scheduled = bySession.values().stream().flatMap(List::stream).map(Presentation::surveyId)
                .collect(Collectors.toSet());
        return new MeetingProgramme(meeting, programme,
                approved.stream().filter(survey -> !scheduled.contains(survey.id())).toList());
    }

    /** Where and when the investigation's report is presented, for whoever may see the investigation. */
    public Optional<ScheduledSlot> slotOf(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        return presentations.find(surveyId).map(slot ->
                new ScheduledSlot(survey, slot, sessions.find(slot.sessionId()).orElseThrow()));
    }

    /** The presentations of the reports of the investigations the person is on the team of, the next first. */
    public List<ScheduledSlot> ofTeamMember(Actor actor) {
        List<Presentation> slots = presentations.ofTeamMember(actor.username());
        if (slots.isEmpty()) {
            return List.of();
        }
        Map<Long, Survey> surveysById = surveys.findAllUnchecked(slots.stream().map(Presentation::surveyId).toList())
                .stream().collect(Collectors.toMap(Survey::id, Function.identity()));
        Map<Long, Session> sessionsById = sessions.findAll(slots.stream().map(Presentation::sessionId).toList())
                .stream().collect(Collectors.toMap(Session::id, Function.identity()));
        return slots.stream().map(slot -> new ScheduledSlot(surveysById.get(slot.surveyId()), slot,
                sessionsById.get(slot.sessionId()))).toList();
    }
}
