package org.thinktank.surveyflow.survey;

/**
 * What someone searches investigations by, besides their stage and meeting: a piece of text (topic in Chinese or
 * English, region, a team member's or reviewer's display name or login) and an institution (of any member), each
 * ignoring case; null or blank for any.
 */
public record SurveySearch(String text, String institution) {

    /** The longest text a search takes; longer is refused rather than cut. */
    public static final int MAX_TEXT = 200;

    public static final SurveySearch NONE = new SurveySearch(null, null);

    public SurveySearch {
        text = text == null || text.isBlank() ? null : text.strip();
        institution = institution == null || institution.isBlank() ? null : institution.strip();
    }

    public static boolean tooLong(String text) {
        return text != null && text.strip().length() > MAX_TEXT;
    }
}
