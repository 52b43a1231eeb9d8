package org.thinktank.surveyflow.survey;

/**
 * Which investigations a task list or "launched by me" keeps: one ({@code surveyId}), a meeting's ({@code meetingId}), and those whose business
 * key or topic contains {@code text} (ignoring case). A null part keeps all; a blank text is no text.
 */
public record SurveySelection(Long surveyId, Long meetingId, String text) {

    public static final SurveySelection ALL = new SurveySelection(null, null, null);

    public SurveySelection {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean keepsAll() {
        return surveyId == null && meetingId == null && text == null;
    }
}
