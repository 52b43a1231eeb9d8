package org.thinktank.surveyflow.survey;

/** How many of a meeting's investigations led from one institution are overdue; null: leads without one. */
public record InstitutionCount(String institution, long overdue) {
}
