package org.thinktank.surveyflow.programme;

import org.thinktank.surveyflow.problem.Reason;

/**
 * What a slot collides with: the presenter presents elsewhere at the same time, or another report holds part of the
 * slot in the same session. Said in the reader's language by {@code reason}.
 */
public record Clash(Kind kind, long otherSurveyId, Reason reason) {

    public enum Kind { PRESENTER_BUSY, SLOT_TAKEN }
}
