package org.thinktank.surveyflow.questionnaire;

/** The spread of a number or scale question's answers. */
public record NumberSpread(double mean, double median, double standardDeviation, double minimum, double maximum) {
}
