package org.thinktank.surveyflow.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.programme.Presentation;
import org.thinktank.surveyflow.programme.PresentationScheduled;
import org.thinktank.surveyflow.programme.Session;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;

/**
 * Tells an investigation's whole team, each in their own language, where and when its report is presented, when it
 * is scheduled and each time it is moved. The arguments after the key and topic: the day, the time, the room, the
 * session's Chinese and English names and the presenter's display name.
 */
@Component
class ProgrammeNotices {

    private final NoticeWriter writer;
    private final SurveyRegistry surveys;
    private final UserDirectory users;

    ProgrammeNotices(NoticeWriter writer, SurveyRegistry surveys, UserDirectory users) {
        this.writer = writer;
        this.surveys = surveys;
        this.users = users;
    }

    @EventListener
    void scheduled(PresentationScheduled scheduled) {
        Survey survey = surveys.requireUnchecked(scheduled.surveyId());
        NotificationKind kind = scheduled.moved() ? NotificationKind.PRESENTATION_MOVED
                : NotificationKind.PRESENTATION_SCHEDULED;
        Session session = scheduled.session();
        Presentation slot = scheduled.presentation();
        String presenter = users.find(slot.presenter()).map(AppUser::displayName).orElse(slot.presenter());
        String occasion = kind + ":" + session.id() + "@" + slot.startsAt() + ":" + slot.presenter();
        survey.team().forEach(member -> writer.tell(member, survey, kind, occasion, session.heldOn(),
                slot.startsAt().toString(), session.room(), session.name(), session.nameEn(), presenter));
    }
}
