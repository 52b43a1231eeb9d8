package org.thinktank.surveyflow.export.importing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of an investigations sheet, named as in the header row and as the launch request's fields. All are
 * required but the last three, the English topic, the conflict-of-interest override and the plan's due date, which
 * sheets made before they existed do not have; a plan without a date of its own is due with the findings.
 */
enum ImportColumn {
    MEETING_CODE("meetingCode"), TOPIC("topic"), REGION("region"), LEAD("lead"), TEAM("team"),
    REVIEWERS("reviewers"), FINDINGS_DUE("findingsDue"), DRAFT_DUE("draftDue"), REVIEW_DUE("reviewDue"),
    APPROVAL_DUE("approvalDue"), TOPIC_EN("topicEn", false), CONFLICT_OVERRIDE("conflictOverride", false),
    PLAN_DUE("planDue", false);

    private final String header;
    private final boolean required;

    ImportColumn(String header) {
        this(header, true);
    }

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** The column a launch error such as {@code "team[0].<list element>: must not be blank"} is about. */
    static Optional<ImportColumn> ofField(String error) {
        String field = error.split("[^A-Za-z]", 2)[0];
        return Arrays.stream(values()).filter(column -> column.header.equals(field)).findFirst();
    }
}
