package org.thinktank.surveyflow.questionnaire;

/**
 * How many respondents chose one option.
 *
 * @param share the count over the question's answers, 0 to 1; for a multiple choice the shares add up to more than 1
 */
public record OptionCount(String option, long count, double share) {
}
