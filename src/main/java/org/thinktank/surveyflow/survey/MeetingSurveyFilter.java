package org.thinktank.surveyflow.survey;

/** Which of a meeting's investigations a list shows: those in one stage (null for all), the overdue only. */
public record MeetingSurveyFilter(SurveyStage stage, boolean overdueOnly) {

    public static final MeetingSurveyFilter ALL = new MeetingSurveyFilter(null, false);
    public static final MeetingSurveyFilter OVERDUE = new MeetingSurveyFilter(null, true);
}
