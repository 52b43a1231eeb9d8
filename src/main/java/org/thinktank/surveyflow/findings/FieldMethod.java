package org.thinktank.surveyflow.findings;

/** How a finding was obtained in the field. */
public enum FieldMethod {
    QUESTIONNAIRE, INTERVIEW, SITE_VISIT, FOCUS_GROUP, DATA_ANALYSIS, DESK_RESEARCH, WORKSHOP
}
