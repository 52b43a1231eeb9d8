package org.thinktank.surveyflow.survey;

/**
 * A change of a running investigation's team, as made.
 *
 * @param survey  the investigation with its team after the change
 * @param leaving who gave up the place, or null when a place was added
 * @param joining who took it
 */
public record TeamChange(Survey survey, TeamPlace place, String leaving, String joining) {
}
