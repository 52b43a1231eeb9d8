package org.thinktank.surveyflow.survey;

import java.time.Instant;
import java.util.List;

/**
 * A survey investigation: a team researching a topic in a region for a meeting, and the reviewers of its
 * study report. The team always includes the lead researcher, first.
 *
 * @param topicEn the topic in English, for a bilingual title; null when the organizer gave none
 */
public record Survey(long id, String businessKey, long meetingId, String topic, String topicEn, String region,
                     String lead, SurveyStage stage, DueDates dueDates, String launchedBy, Instant launchedAt,
                     Instant stageEnteredAt, Instant endedAt, List<String> team, List<String> reviewers) {

    public boolean hasOnTeam(String username) {
        return team.contains(username);
    }

    public boolean hasReviewer(String username) {
        return reviewers.contains(username);
    }

    public boolean isLedBy(String username) {
        return lead.equals(username);
    }

    /** This survey with the given team and reviewers. */
    public Survey withMembers(List<String> team, List<String> reviewers) {
        return new Survey(id, businessKey, meetingId, topic, topicEn, region, lead, stage, dueDates, launchedBy,
                launchedAt, stageEnteredAt, endedAt, team, reviewers);
    }
}
