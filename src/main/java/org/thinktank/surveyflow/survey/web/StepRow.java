package org.thinktank.surveyflow.survey.web;

import java.time.Instant;
import java.util.Set;

import org.thinktank.surveyflow.workflow.TimelineTask;

/**
 * A process step as the investigation page lists it: late if it ended, or is still open, after its due date. An
 * open late step with a holder may be nudged (催办) by an organizer, once a day: {@code nudged} says it was today.
 */
record StepRow(TimelineTask step, boolean late, boolean nudgeable, boolean nudged) {

    static StepRow of(TimelineTask step, Instant now, boolean organizer, Set<String> nudgedToday) {
        Instant finished = step.ended() != null ? step.ended() : now;
        boolean late = step.due() != null && finished.isAfter(step.due());
        boolean canNudge = organizer && late && step.open() && step.assignee() != null;
        boolean nudged = canNudge && nudgedToday.contains(step.taskId());
        return new StepRow(step, late, canNudge && !nudged, nudged);
    }
}
