package org.thinktank.surveyflow.review;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportVersion;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Reviews of submitted versions. Organizers read every review with its confidential comments; a reviewer reads
 * their own; the team reads the reviews of finished rounds, without the confidential comments.
 */
@Service
public class ReviewDesk {

    private final ReviewRepository reviews;
    private final ReportArchive reports;
    private final SurveyRegistry surveys;
    private final SurveyAccess access;
    private final SurveyHistory history;
    private final WorkCalendar calendar;

    ReviewDesk(ReviewRepository reviews, ReportArchive reports, SurveyRegistry surveys, SurveyAccess access,
               SurveyHistory history, WorkCalendar calendar) {
        this.reviews = reviews;
        this.reports = reports;
        this.surveys = surveys;
        this.access = access;
        this.history = history;
        this.calendar = calendar;
    }

    /** Records a review of a frozen version; called when the reviewer completes their review task. */
    @Transactional
    public void record(long surveyId, int versionNumber, String reviewer, ReviewForm form) {
        Survey survey = surveys.requireUnchecked(surveyId);
        if (survey.hasOnTeam(reviewer)) {
            throw new ForbiddenException(Reason.of("refusal.coAuthorReview", reviewer, survey.businessKey()));
        }
        if (!survey.hasReviewer(reviewer)) {
            throw new ForbiddenException(Reason.of("refusal.notAReviewer", reviewer, survey.businessKey()));
        }
        ReportVersion version = reports.submittedUnchecked(surveyId, versionNumber);
        if (!reviews.insertIfFirst(surveyId, version.id(), reviewer, form, calendar.now())) {
            throw new ConflictException(Reason.of("refusal.alreadyReviewed", reviewer, String.valueOf(versionNumber),
                    survey.businessKey()));
        }
        history.recordAboutVersion(surveyId, reviewer, SurveyEventKind.REVIEW_SUBMITTED, versionNumber,
                "version " + versionNumber + ": " + form.recommendation());
    }

    public ReviewOutcome outcomeOf(long surveyId, int versionNumber) {
        ReviewOutcome outcome = ReviewOutcome.of(reviews.ofVersion(surveyId, versionNumber).stream()
                .map(Review::recommendation).toList());
        history.recordAboutVersion(surveyId, null, SurveyEventKind.REVIEWS_TALLIED, versionNumber,
                "version " + versionNumber + ": " + outcome);
        return outcome;
    }

    /** Every review of a survey with its confidential comments, whoever asks: for callers that checked the reader. */
    public List<Review> allOfUnchecked(long surveyId) {
        return reviews.ofSurvey(surveyId);
    }

    public List<Review> visibleIn(long surveyId, Actor actor) {
        return visibleIn(access.visible(surveyId, actor), actor);
    }

    /** The reviews of a survey the reader may see; the caller has checked that they may see the survey. */
    List<Review> visibleIn(Survey survey, Actor actor) {
        long surveyId = survey.id();
        List<Review> all = reviews.ofSurvey(surveyId);
        if (actor.is(Role.ORGANIZER)) {
            return all;
        }
        if (actor.is(Role.REVIEWER)) {
            return all.stream().filter(r -> r.reviewer().equals(actor.username())).toList();
        }
        int roundInProgress = survey.stage() == SurveyStage.REVIEW ? reports.latestSubmittedNumber(surveyId) : -1;
        return all.stream().filter(r -> r.versionNumber() != roundInProgress)
                .map(Review::withoutConfidentialComments).toList();
    }
}
