package org.thinktank.surveyflow.workflow;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names that {@code processes/recommendation-follow-up.bpmn} and the Java code share: the process key, the ids
 * of the elements the code addresses and the process variables.
 */
public final class FollowUpProcess {

    public static final String KEY = "recommendation-follow-up";

    public static final String POINT_REACHED = "followUpPointReached";
    public static final String UPDATE_ADOPTION = "updateAdoption";
    public static final String UPDATE_OVERDUE = "updateOverdueTimer";
    /** The message boundary event that ends the follow-up once every recommendation is settled (also its name). */
    public static final String SETTLED = "recommendationsSettled";
    public static final String ENDED = "followUpEnded";
    public static final String ALL_SETTLED = "allSettled";

    private FollowUpProcess() {
    }

    public static final class Variables {

        public static final String SURVEY_ID = SurveyProcess.Variables.SURVEY_ID;
        public static final String LEAD = SurveyProcess.Variables.LEAD;
        /** The meeting's first day, an ISO date: the follow-up points are counted from it. */
        public static final String MEETING_DATE = "meetingDate";
        /** The follow-up points, months after the meeting, comma-separated and ascending. */
        public static final String FOLLOW_UP_MONTHS = "followUpMonths";
        /** ISO 8601 duration: how long after a point its update is due. */
        public static final String UPDATE_PERIOD = "updatePeriod";
        /** The element variable of each round: the month of its point. */
        public static final String FOLLOW_UP_MONTH = "followUpMonth";

        private Variables() {
        }
    }

    public static long surveyId(VariableScope scope) {
        return SurveyProcess.surveyId(scope);
    }

    public static long surveyId(Map<String, ?> variables) {
        return SurveyProcess.surveyId(variables);
    }
}
