package org.thinktank.surveyflow.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.Notices;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * The team API: a reviewer declines their own assignment, organizers replace and add people and hand a decision on,
 * and every change that makes no sense is refused, saying why, writing nothing.
 */
@IntegrationTest
class TeamApiIT {

    @Autowired
    Api api;
    @Autowired
    Refusals refusals;
    @Autowired
    Surveys surveys;
    @Autowired
    Notices notices;

    private static String team(Survey survey) {
        return "/api/surveys/" + survey.id() + "/team";
    }

    @Test
    void aDeclineTellsEveryOrganizerWhoDeclinedAndWhyInTheirLanguage() {
        Survey survey = surveys.inReview();

        assertThat(api.as("m.ivanov").in("zh-CN").post("/api/surveys/" + survey.id() + "/review/decline",
                Map.of("reason", "出差无法按期评审")).code()).isEqualTo(204);

        assertThat(notices.of(survey, "REVIEW_DECLINED")).extracting(Notices.Notice::recipient)
                .containsExactlyInAnyOrder("organizer", "organizer2");
        assertThat(notices.of(survey, "REVIEW_DECLINED", "organizer").get(0).body())
                .contains("Mikhail Ivanov 谢绝评审", "第 1 版", "出差无法按期评审");
        assertThat(api.as("organizer").in("en").get(team(survey)).body().path("waitingReviews").asInt()).isEqualTo(1);
    }

    @Test
    void aDeclineWithoutAReasonIsRefused() {
        Survey survey = surveys.inReview();
        refusals.expect(400, "Reason: give a reason for declining", () -> api.as("m.ivanov").in("en")
                .post("/api/surveys/" + survey.id() + "/review/decline", Map.of("reason", "  ")));
    }

    @Test
    void aReviewerWhoHasReviewedTheVersionCannotDeclineIt() {
        Survey survey = surveys.inReview();
        surveys.completeReview(survey, Surveys.REVIEWER_2, Recommendation.ACCEPT);
        refusals.expect(409, "already", () -> api.as("m.ivanov").in("en")
                .post("/api/surveys/" + survey.id() + "/review/decline", Map.of("reason", "too late")));
    }

    @Test
    void onlyAnAssignedReviewerDeclines() {
        Survey survey = surveys.inReview();
        refusals.expect(403, "Only the reviewers of " + survey.businessKey(), () -> api.as("organizer").in("en")
                .post("/api/surveys/" + survey.id() + "/review/decline", Map.of("reason", "not mine")));
        refusals.expect(403, "not assigned", () -> api.as("wu.jing").in("en")
                .post("/api/surveys/" + survey.id() + "/review/decline", Map.of("reason", "not mine")));
    }

    @Test
    void researchersAndReviewersCannotChangeTheTeam() {
        Survey survey = surveys.launch();
        refusals.expect(403, "Only organizers", () -> api.as("li.wei").in("en")
                .put(team(survey) + "/researchers/wang.fang", Map.of("replacement", "liu.yang")));
        refusals.expect(403, "Only organizers", () -> api.as("zhou.qiang").in("en")
                .post(team(survey) + "/reviewers", Map.of("login", "wu.jing")));
    }

    @Test
    void aReplacementTellsBothPeople() {
        Survey survey = surveys.launch();

        assertThat(api.as("organizer").in("en").put(team(survey) + "/reviewers/m.ivanov",
                Map.of("replacement", "wu.jing")).body().path("survey").path("reviewers").toString())
                .isEqualTo("[\"wu.jing\",\"zhou.qiang\"]");

        assertThat(notices.of(survey, "TEAM_JOINED", "wu.jing").get(0).body()).contains("赵敏", "评审专家");
        assertThat(notices.of(survey, "TEAM_LEFT", "m.ivanov")).hasSize(1);
    }

    @Test
    void changesThatMakeNoSenseAreRefusedSayingWhy() {
        Survey survey = surveys.launch();
        var organizer = api.as("organizer").in("en");
        refusals.expect(400, "Member: Wu Jing 吴静 is not a reviewer of this investigation",
                () -> organizer.put(team(survey) + "/reviewers/wu.jing", Map.of("replacement", "m.ivanov")));
        refusals.expect(400, "Person: Wang Fang 王芳 is on the team already",
                () -> organizer.post(team(survey) + "/researchers", Map.of("login", "wang.fang")));
        refusals.expect(400, "may not review a report they co-write",
                () -> organizer.post(team(survey) + "/reviewers", Map.of("login", "li.wei")));
        refusals.expect(400, "there is no user 'nobody'",
                () -> organizer.put(team(survey) + "/researchers/wang.fang", Map.of("replacement", "nobody")));
        refusals.expect(400, "Zhou Qiang 周强 is a Reviewer, not a Researcher",
                () -> organizer.post(team(survey) + "/researchers", Map.of("login", "zhou.qiang")));
        refusals.expect(400, "the lead cannot be replaced here",
                () -> organizer.put(team(survey) + "/researchers/li.wei", Map.of("replacement", "liu.yang")));
    }

    @Test
    void aReplacementReviewerFromTheAuthorsInstitutionIsRefusedAsAtLaunch() {
        Survey survey = surveys.launchWith("sun.hui", List.of("anna.k"), List.of("zhou.qiang", "m.ivanov"));
        refusals.expect(400, "Wu Jing 吴静 is from 国际人才政策研究所 International Talent Policy Institute, as is Sun Hui 孙慧 (lead), Anna Kowalska",
                () -> api.as("organizer").in("en").put(team(survey) + "/reviewers/m.ivanov",
                        Map.of("replacement", "wu.jing")));
    }

    @Test
    void theTeamOfAnEndedInvestigationDoesNotChange() {
        Survey survey = surveys.awaitingApproval();
        surveys.approval(survey, DecisionOutcome.APPROVE);
        refusals.expect(409, "has ended", () -> api.as("organizer").in("en")
                .post(team(survey) + "/reviewers", Map.of("login", "wu.jing")));
    }

    @Test
    void aDecisionIsHandedOnlyToAnotherOrganizerAndOnlyWhenOneIsAwaited() {
        Survey survey = surveys.launch();
        String delegate = "/api/surveys/" + survey.id() + "/decision/delegate";
        refusals.expect(409, "awaits no decision", () -> api.as("organizer").in("en")
                .post(delegate, Map.of("organizer", "organizer2")));
        refusals.expect(400, "Li Wei 李伟 is a Researcher, not a Organizer", () -> api.as("organizer").in("en")
                .post(delegate, Map.of("organizer", "li.wei")));
    }
}
