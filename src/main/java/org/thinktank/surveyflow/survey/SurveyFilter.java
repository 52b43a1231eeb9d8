package org.thinktank.surveyflow.survey;

/**
 * Which investigations a list holds; every filter is optional and they all apply.
 *
 * @param meetingCode a meeting's code, in any case
 * @param search      text and institution ({@link SurveySearch})
 * @param overdue     true for those past the due date of their stage, false for the others, null for all
 */
public record SurveyFilter(Long meetingId, String meetingCode, SurveyStage stage, SurveySearch search, Boolean overdue) {

    public SurveyFilter {
        meetingCode = meetingCode == null || meetingCode.isBlank() ? null : meetingCode.strip();
        search = search == null ? SurveySearch.NONE : search;
    }
}
