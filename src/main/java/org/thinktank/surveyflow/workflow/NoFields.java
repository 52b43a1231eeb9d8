package org.thinktank.surveyflow.workflow;

/** The form of a task that is completed without fields (submitting findings, submitting the draft). */
public record NoFields() {
}
