package org.thinktank.surveyflow.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;

/**
 * Finds what a slot collides with on its day: the presenter presenting another report at an overlapping time (in
 * any session, of any meeting: nobody is in two rooms at once), and other reports' slots overlapping it in the same
 * session.
 */
@Component
class DoubleBookings {

    private final PresentationRepository presentations;
    private final SessionRepository sessions;
    private final SurveyRegistry surveys;
    private final UserDirectory users;

    DoubleBookings(PresentationRepository presentations, SessionRepository sessions, SurveyRegistry surveys,
                   UserDirectory users) {
        this.presentations = presentations;
        this.sessions = sessions;
        this.surveys = surveys;
        this.users = users;
    }

    List<Clash> of(Presentation slot, Session session) {
        List<Presentation> overlapping = presentations.onDay(session.heldOn()).stream()
                .filter(other -> other.surveyId() != slot.surveyId())
                .filter(other -> other.overlaps(slot.startsAt(), slot.endsAt()))
                .filter(other -> other.presenter().equals(slot.presenter()) || other.sessionId() == slot.sessionId())
                .toList();
        if (overlapping.isEmpty()) {
            return List.of();
        }
        Map<Long, Session> sessionsById = sessions.findAll(overlapping.stream().map(Presentation::sessionId).toList())
                .stream().collect(Collectors.toMap(Session::id, Function.identity()));
        Map<Long, Survey> surveysById = surveys.findAllUnchecked(overlapping.stream().map(Presentation::surveyId).toList())
                .stream().collect(Collectors.toMap(Survey::id, Function.identity()));
        String presenter = users.find(slot.presenter()).map(user -> user.displayName()).orElse(slot.presenter());
        List<Clash> clashes = new ArrayList<>();
        for (Presentation other : overlapping) {
            Reason topic = ProgrammeNames.of(surveysById.get(other.surveyId()));
            Reason place = ProgrammeNames.of(sessionsById.get(other.sessionId()));
            if (other.presenter().equals(slot.presenter())) {
                clashes.add(new Clash(Clash.Kind.PRESENTER_BUSY, other.surveyId(), Reason.of("programme.clash.presenter",
                        presenter, topic, place, other.startsAt().toString(), other.endsAt().toString())));
            } else {
                clashes.add(new Clash(Clash.Kind.SLOT_TAKEN, other.surveyId(), Reason.of("programme.clash.slot",
                        topic, other.startsAt().toString(), other.endsAt().toString())));
            }
        }
        return clashes;
    }
}
