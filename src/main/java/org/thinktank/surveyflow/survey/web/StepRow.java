package org.thinktank.surveyflow.survey.web;

import java.time.Instant;

import org.thinktank.surveyflow.workflow.TimelineTask;

/** A process step as the investigation page lists it: late if it ended, or is still open, after its due date. */
record StepRow(TimelineTask step, boolean late) {

    static StepRow of(TimelineTask step, Instant now) {
        Instant finished = step.ended() != null ? step.ended() : now;
        return new StepRow(step, step.due() != null && finished.isAfter(step.due()));
    }
}
