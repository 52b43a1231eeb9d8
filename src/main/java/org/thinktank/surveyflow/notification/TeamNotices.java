package org.thinktank.surveyflow.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.decision.DecisionTaken;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyEnded;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * Tells an investigation's whole team (the lead and every researcher), each in their own language, when its report
 * is approved or sent back, when it is published and when the investigation is closed. Closing after a rejection is
 * told once, by the closing itself.
 */
@Component
class TeamNotices {

    private final NoticeWriter writer;
    private final SurveyRegistry surveys;

    TeamNotices(NoticeWriter writer, SurveyRegistry surveys) {
        this.writer = writer;
        this.surveys = surveys;
    }

    @EventListener
    void decided(DecisionTaken decision) {
        NotificationKind kind = switch (decision.outcome()) {
            case APPROVE -> NotificationKind.REPORT_APPROVED;
            case SEND_BACK -> NotificationKind.REPORT_SENT_BACK;
            case CLOSE -> null;
        };
        if (kind != null) {
            String reason = decision.reason() == null ? "" : decision.reason();
            tellTeam(decision.surveyId(), kind, kind + ":v" + decision.versionNumber(), decision.versionNumber(),
                    reason);
        }
    }

    @EventListener
    void ended(SurveyEnded ended) {
        NotificationKind kind = ended.stage() == SurveyStage.PUBLISHED
                ? NotificationKind.REPORT_PUBLISHED : NotificationKind.SURVEY_CLOSED;
        tellTeam(ended.surveyId(), kind, kind.name());
    }

    private void tellTeam(long surveyId, NotificationKind kind, String occasion, Object... details) {
        Survey survey = surveys.requireUnchecked(surveyId);
        survey.team().forEach(member -> writer.tell(member, survey, kind, occasion, details));
    }
}
