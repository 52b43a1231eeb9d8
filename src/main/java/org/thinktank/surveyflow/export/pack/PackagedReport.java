package org.thinktank.surveyflow.export.pack;

import org.thinktank.surveyflow.survey.Survey;

/**
 * A published investigation's report in the package: its latest submitted version, as Word under {@code entryName}
 * and as PDF under the same name with {@code .pdf}.
 */
record PackagedReport(Survey survey, int version, String entryName) {

    String pdfEntryName() {
        return entryName.substring(0, entryName.lastIndexOf('.')) + ".pdf";
    }
}
