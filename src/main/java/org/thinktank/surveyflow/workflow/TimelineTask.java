package org.thinktank.surveyflow.workflow;

import java.time.Instant;

/** One user task of an investigation's process as history recorded it; {@code ended} is null while it is open. */
public record TimelineTask(String businessKey, String taskKey, String name, String assignee, Instant started,
                           Instant ended, Instant due, String taskId) {

    public boolean open() {
        return ended == null;
    }
}
