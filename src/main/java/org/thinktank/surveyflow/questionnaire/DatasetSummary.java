package org.thinktank.surveyflow.questionnaire;

import java.util.List;

/**
 * A questionnaire dataset summarised: the questions in column order (the options of a multiple choice spread over
 * several columns counted as one question). The tools' metadata columns (submission time, duration, source, IP) are
 * named in {@code hiddenColumns} and summarised nowhere.
 */
public record DatasetSummary(long respondents, List<QuestionSummary> questions, List<String> hiddenColumns) {
}
