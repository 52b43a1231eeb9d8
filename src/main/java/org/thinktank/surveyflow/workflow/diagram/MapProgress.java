package org.thinktank.surveyflow.workflow.diagram;

import java.util.Set;

/**
 * How far an instance has come, by element id: the steps it has finished and the ones it is at (its end event once
 * it ended).
 */
public record MapProgress(Set<String> done, Set<String> current) {

    public static final MapProgress NOT_STARTED = new MapProgress(Set.of(), Set.of());

    public MapProgress {
        done = Set.copyOf(done);
        current = Set.copyOf(current);
    }

    String stateOf(String elementId) {
        if (current.contains(elementId)) {
            return "current";
        }
        return done.contains(elementId) ? "done" : "ahead";
    }
}
