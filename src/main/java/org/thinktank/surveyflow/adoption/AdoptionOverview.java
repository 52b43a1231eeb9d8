package org.thinktank.surveyflow.adoption;

/** A meeting's tracked recommendations with the figures the dashboard shows. */
public record AdoptionOverview(MeetingAdoption adoption, AdoptionFigures figures) {

    public static AdoptionOverview of(MeetingAdoption adoption) {
        return new AdoptionOverview(adoption, AdoptionFigures.of(adoption));
    }
}
