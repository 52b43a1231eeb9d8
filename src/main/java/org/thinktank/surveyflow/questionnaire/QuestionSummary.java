package org.thinktank.surveyflow.questionnaire;

import java.util.List;

/**
 * One question of a dataset, summarised.
 *
 * @param question      the question as the tool's header wrote it
 * @param answers       how many respondents answered it
 * @param options       choices and scale points in the order the respondents would read them; empty for numbers and
 *                      free text
 * @param spread        for numbers and scales; null otherwise
 * @param sampleAnswers a few free-text answers; empty for the other kinds. Personal data: never in the Word report
 *                      or the meeting package
 */
public record QuestionSummary(String question, QuestionKind kind, long answers, List<OptionCount> options,
                              NumberSpread spread, List<String> sampleAnswers) {
}
