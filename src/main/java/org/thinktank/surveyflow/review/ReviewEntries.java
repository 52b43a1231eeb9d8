package org.thinktank.surveyflow.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.HistoryRule;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyEvent;
import org.thinktank.surveyflow.survey.SurveyEventKind;

/**
 * A "review submitted" entry names its reviewer and verdict only to readers who may see that review
 * ({@link ReviewDesk#visibleIn}: organizers, the reviewer who wrote it, the team once the round is finished). Anyone
 * else who sees the investigation learns only that a review of the version came in: not whose, not what it says.
 */
@Component
class ReviewEntries implements HistoryRule {

    private final ReviewDesk desk;

    ReviewEntries(ReviewDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<SurveyEvent> apply(Survey survey, Actor reader, List<SurveyEvent> entries) {
        if (entries.stream().noneMatch(ReviewEntries::isReview)) {
            return entries;
        }
        Set<String> visible = desk.visibleIn(survey, reader).stream()
                .map(review -> key(review.versionNumber(), review.reviewer())).collect(Collectors.toSet());
        return entries.stream().map(entry -> !isReview(entry) || visible.contains(key(entry.versionNumber(), entry.actor()))
                ? entry : entry.withoutActor(entry.versionNumber() == null ? null : "version " + entry.versionNumber()))
                .toList();
    }

    private static boolean isReview(SurveyEvent entry) {
        return entry.kind() == SurveyEventKind.REVIEW_SUBMITTED;
    }

    private static String key(Integer versionNumber, String reviewer) {
        return versionNumber + "/" + reviewer;
    }
}
