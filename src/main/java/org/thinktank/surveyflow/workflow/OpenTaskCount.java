package org.thinktank.surveyflow.workflow;

/** How many tasks someone has to do, and how many of them are past their due date. */
public record OpenTaskCount(long open, long overdue) {
}
