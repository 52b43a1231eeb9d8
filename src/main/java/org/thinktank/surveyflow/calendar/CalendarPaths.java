package org.thinktank.surveyflow.calendar;

/** Where a person's calendar feed is read: {@value #FEED}/{secret}.ics. */
public final class CalendarPaths {

    public static final String FEED = "/calendar/feed";

    private CalendarPaths() {
    }

    /** The path of the feed with this secret, within the application. */
    public static String feed(String secret) {
        return FEED + "/" + secret + ".ics";
    }
}
