package org.thinktank.surveyflow.survey;

/**
 * Which investigations a list holds; every filter is optional and they all apply.
 *
 * @param meetingCode a meeting's code, in any case
 * @param text        a piece of the topic or the region, in any case
 */
public record SurveyFilter(Long meetingId, String meetingCode, SurveyStage stage, String text) {

    public SurveyFilter {
        meetingCode = meetingCode == null || meetingCode.isBlank() ? null : meetingCode.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
