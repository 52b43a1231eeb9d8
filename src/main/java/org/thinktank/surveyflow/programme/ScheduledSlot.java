package org.thinktank.surveyflow.programme;

import org.thinktank.surveyflow.survey.Survey;

/** A report in the programme: the investigation, its presentation and the session it is given in. */
public record ScheduledSlot(Survey survey, Presentation presentation, Session session) {
}
