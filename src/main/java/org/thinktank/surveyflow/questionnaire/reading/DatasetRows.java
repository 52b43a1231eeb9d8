package org.thinktank.surveyflow.questionnaire.reading;

import java.util.List;

/** Receives a dataset's table as it is read: the header, then each respondent's row. */
public interface DatasetRows {

    /** The question names, blank-free and unique. */
    void header(List<String> names);

    /**
     * One respondent's answers, as many as the header has names, blank for no answer.
     *
     * @param rowNumber as a spreadsheet shows it, the header being row 1
     */
    void row(long rowNumber, List<String> cells);
}
