package org.thinktank.surveyflow.workflow.task;

/** The form of a task that is completed without fields (submitting findings, submitting the draft). */
record NoFields() {
}
