package org.thinktank.surveyflow.time;

/** Whether people work on a day: a due date on a weekend or a public holiday is flagged where it is chosen. */
public enum DayKind {
    WORKING, WEEKEND, HOLIDAY;

    public boolean isDayOff() {
        return this != WORKING;
    }
}
