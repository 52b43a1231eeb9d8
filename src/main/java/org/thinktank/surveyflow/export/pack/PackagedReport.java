package org.thinktank.surveyflow.export.pack;

import org.thinktank.surveyflow.survey.Survey;

/** A published investigation's report in the package: its latest submitted version, under {@code entryName}. */
record PackagedReport(Survey survey, int version, String entryName) {
}
