package org.thinktank.surveyflow.calendar;

import java.time.LocalDate;

/**
 * A day in someone's deadline calendar: a task of theirs falls due, or a meeting of their investigations opens.
 *
 * @param uid      stable across feeds, so that calendar applications update an event rather than add another
 * @param taskKey  the kind of task ({@code SurveyProcess.USER_TASKS}); null for a meeting
 * @param title    the investigation's key and topic, or the meeting's name
 * @param path     the page the entry opens, within the application
 * @param overdue  an open task whose day has passed
 */
public record CalendarEntry(String uid, LocalDate day, Kind kind, String taskKey, String title, String path,
                            boolean overdue) {

    public enum Kind { TASK_DUE, MEETING }

    public boolean isMeeting() {
        return kind == Kind.MEETING;
    }
}
