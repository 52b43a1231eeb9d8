package org.thinktank.surveyflow.dashboard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.thinktank.surveyflow.survey.ConflictOverride;
import org.thinktank.surveyflow.survey.LaunchRequest;

/**
 * The launch form on the dashboard. Unlike the API's request, a form leaves out unticked lists altogether, so they
 * default to empty here; reminder lead and revision period take the configured defaults. A conflict-of-interest
 * override is given by writing its reason; left blank, there is none.
 */
record LaunchForm(String topic, String topicEn, String region, String lead, List<String> team, List<String> reviewers,
                  LocalDate planDue, LocalDate findingsDue, LocalDate draftDue, LocalDate reviewDue, LocalDate approvalDue,
                  String conflictOverrideReason) {

    LaunchForm {
        team = team == null ? List.of() : List.copyOf(team);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }

    /** An empty form with the due dates a meeting's schedule proposes (by field name); none without a date. */
    static LaunchForm proposing(Map<String, LocalDate> due) {
        return new LaunchForm(null, null, null, null, null, null, due.get("planDue"), due.get("findingsDue"),
                due.get("draftDue"), due.get("reviewDue"), due.get("approvalDue"), null);
    }

    LaunchRequest toRequest(String meetingCode) {
        return new LaunchRequest(meetingCode, topic, topicEn, region, lead, team, reviewers, planDue, findingsDue,
                draftDue, reviewDue, approvalDue, null, null, conflictOverrideReason == null || conflictOverrideReason.isBlank() ? null
                        : new ConflictOverride(conflictOverrideReason));
    }
}
