package org.thinktank.surveyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Notices;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * A notice is told once a day per recipient, investigation and occasion: a version recalled and submitted again the
 * same day is announced to each reviewer once; the next version is a new occasion.
 */
@IntegrationTest
class NoticeOnceADayIT {

    @Autowired
    Surveys surveys;
    @Autowired
    SurveyTasks surveyTasks;
    @Autowired
    Notices notices;

    @Test
    void aVersionRecalledAndSubmittedAgainTheSameDayIsAnnouncedToEachReviewerOnce() {
        Survey survey = surveys.inReview();

        surveyTasks.recallReport(survey.id(), Surveys.LEAD);
        surveys.submitDraft(survey, "v1 again");

        assertThat(notices.of(survey, "ASSIGNMENT", "zhou.qiang")).hasSize(1);
        assertThat(notices.of(survey, "ASSIGNMENT", "m.ivanov")).hasSize(1);
    }

    @Test
    void theNextVersionIsAnnouncedAgainTheSameDay() {
        Survey survey = surveys.awaitingApproval();
        surveys.approval(survey, DecisionOutcome.SEND_BACK);

        surveys.submitDraft(survey, "v2");

        assertThat(notices.of(survey, "ASSIGNMENT", "zhou.qiang")).hasSize(2);
    }
}
