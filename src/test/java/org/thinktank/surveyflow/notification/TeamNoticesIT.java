package org.thinktank.surveyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Notices;
import org.thinktank.surveyflow.support.Notices.Notice;
import org.thinktank.surveyflow.support.Surveys;

/**
 * The whole team (the lead li.wei, who reads English, and wang.fang, who reads Chinese) is told when the report is
 * approved, sent back or published and when the investigation is closed, each in their own language; nobody else is.
 */
@IntegrationTest
class TeamNoticesIT {

    @Autowired
    Surveys surveys;
    @Autowired
    Notices notices;
    @Autowired
    PreferredLanguages languages;

    @BeforeEach
    void theLeadReadsEnglishAndTheResearcherChinese() {
        languages.remember(Surveys.LEAD.username(), Locale.ENGLISH);
        languages.remember(Surveys.RESEARCHER.username(), Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void anApprovedReportIsToldToTheWholeTeamEachInTheirLanguage() {
        Survey survey = surveys.awaitingApproval();

        surveys.approval(survey, DecisionOutcome.APPROVE);

        assertThat(notices.of(survey, "REPORT_APPROVED")).extracting(Notice::recipient)
                .containsExactlyInAnyOrder("li.wei", "wang.fang");
        assertThat(only(survey, "REPORT_APPROVED", "li.wei").body()).contains("Version 1", "was approved");
        assertThat(only(survey, "REPORT_APPROVED", "wang.fang").body()).contains("第 1 版已获批准")
                .doesNotContain("approved");
    }

    @Test
    void aPublishedReportIsToldToTheWholeTeamEachInTheirLanguage() {
        Survey survey = surveys.awaitingApproval();

        surveys.approval(survey, DecisionOutcome.APPROVE);

        assertThat(only(survey, "REPORT_PUBLISHED", "li.wei").subject()).endsWith("Report published");
        assertThat(only(survey, "REPORT_PUBLISHED", "wang.fang").subject()).endsWith("报告已发布");
    }

    @Test
    void aReportSentBackIsToldToTheWholeTeamWithTheReason() {
        Survey survey = surveys.awaitingApproval();

        surveys.approval(survey, DecisionOutcome.SEND_BACK);

        assertThat(only(survey, "REPORT_SENT_BACK", "li.wei").body())
                .contains("sent back for revision", "Add an international comparison");
        assertThat(only(survey, "REPORT_SENT_BACK", "wang.fang").body()).contains("已退回修改", "请补充国际比较");
    }

    @Test
    void aClosedInvestigationIsToldToTheWholeTeamOnce() {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.REJECT, Recommendation.ACCEPT);

        surveys.rejectionDecision(survey, DecisionOutcome.CLOSE);

        assertThat(notices.of(survey, "SURVEY_CLOSED")).extracting(Notice::recipient)
                .containsExactlyInAnyOrder("li.wei", "wang.fang");
        assertThat(only(survey, "SURVEY_CLOSED", "wang.fang").body()).endsWith("已关闭。");
        assertThat(only(survey, "SURVEY_CLOSED", "li.wei").body()).endsWith("is closed.");
    }

    @Test
    void reviewersAndOrganizersAreNotToldOfTheTeamsNews() {
        Survey survey = surveys.awaitingApproval();

        surveys.approval(survey, DecisionOutcome.APPROVE);

        assertThat(notices.of(survey, "REPORT_APPROVED")).extracting(Notice::recipient)
                .doesNotContain("zhou.qiang", "m.ivanov", "organizer");
    }

    private Notice only(Survey survey, String kind, String recipient) {
        assertThat(notices.of(survey, kind, recipient)).as("%s notices to %s", kind, recipient).hasSize(1);
        return notices.of(survey, kind, recipient).get(0);
    }
}
