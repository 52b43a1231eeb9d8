package org.thinktank.surveyflow.survey;

/**
 * Which of a meeting's investigations a list shows: those in one stage (null for all), the overdue only, those a
 * search finds.
 */
public record MeetingSurveyFilter(SurveyStage stage, boolean overdueOnly, SurveySearch search) {

    public static final MeetingSurveyFilter ALL = new MeetingSurveyFilter(null, false, SurveySearch.NONE);
    public static final MeetingSurveyFilter OVERDUE = new MeetingSurveyFilter(null, true, SurveySearch.NONE);

    public MeetingSurveyFilter {
        search = search == null ? SurveySearch.NONE : search;
    }
}
