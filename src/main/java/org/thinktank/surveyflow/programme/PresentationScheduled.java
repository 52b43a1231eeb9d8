package org.thinktank.surveyflow.programme;

/**
 * An approved report was given a place in the programme ({@code moved}: it had another one before), published after
 * it is stored so that the team can be told.
 */
public record PresentationScheduled(long surveyId, boolean moved, Session session, Presentation presentation) {
}
