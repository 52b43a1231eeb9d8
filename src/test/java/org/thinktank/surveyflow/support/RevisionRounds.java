package org.thinktank.surveyflow.support;

import java.util.List;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.review.AuthorResponses;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.review.ResponseText;
import org.thinktank.surveyflow.review.Review;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.review.ReviewForm;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * A report sent back after its first review round, with two reviews that differ in every part, for tests of the
 * revision loop: the lead answers each review, and the reviewers read the answers in the next round.
 */
@Component
public class RevisionRounds {

    public static final String COMMENTS_1 = "请补充**国际比较**。 Add an international comparison.";
    public static final String CONFIDENTIAL_1 = "保密：团队进度偏慢 Confidential: the team was slow";
    public static final String COMMENTS_2 = "论证充分，仅需_小修_。 Well argued.";
    public static final String CONFIDENTIAL_2 = "保密：可以接受 Confidential: acceptable";
    public static final String RESPONSE_1 = "已在第三节补充**日本与德国**的比较。 Added Japan and Germany.";
    public static final String RESPONSE_2 = "谢谢，已修改措辞。 Thank you, wording fixed.";

    private final Surveys surveys;
    private final SurveyTasks surveyTasks;
    private final ReviewDesk desk;
    private final AuthorResponses responses;

    public RevisionRounds(Surveys surveys, SurveyTasks surveyTasks, ReviewDesk desk, AuthorResponses responses) {
        this.surveys = surveys;
        this.surveyTasks = surveyTasks;
        this.desk = desk;
        this.responses = responses;
    }

    /** Version 1 reviewed: zhou.qiang asks for a major revision, m.ivanov accepts; the lead revises. */
    public Survey sentBack() {
        Survey survey = surveys.inReview();
        surveyTasks.review(survey.id(), Surveys.REVIEWER_1,
                new ReviewForm(2, 3, 4, 5, Recommendation.MAJOR_REVISION, COMMENTS_1, CONFIDENTIAL_1));
        surveyTasks.review(survey.id(), Surveys.REVIEWER_2,
                new ReviewForm(5, 4, 4, 4, Recommendation.ACCEPT, COMMENTS_2, CONFIDENTIAL_2));
        return survey;
    }

    /** The reviewer's review of version 1. */
    public Review reviewBy(Survey survey, Actor reviewer) {
        return desk.allOfUnchecked(survey.id()).stream()
                .filter(review -> review.versionNumber() == 1 && review.reviewer().equals(reviewer.username()))
                .findFirst().orElseThrow();
    }

    /** The lead answers both reviews of version 1 (saved as a draft). */
    public void answerBoth(Survey survey) {
        responses.save(survey.id(), Surveys.LEAD, List.of(
                new ResponseText(reviewBy(survey, Surveys.REVIEWER_1).id(), RESPONSE_1),
                new ResponseText(reviewBy(survey, Surveys.REVIEWER_2).id(), RESPONSE_2)));
    }

    /** Both reviews answered and version 2 submitted: the second round is under way. */
    public Survey inSecondRound() {
        Survey survey = sentBack();
        answerBoth(survey);
        surveys.submitDraft(survey, "v2");
        return survey;
    }
}
