package org.thinktank.surveyflow.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;

/**
 * Meetings of a test's own, so that moving one or shifting its deadlines touches no other test's investigations
 * (those of the demo meeting, {@value Surveys#MEETING}).
 */
@Component
public class Meetings {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final MeetingCatalog catalog;

    public Meetings(MeetingCatalog catalog) {
        this.catalog = catalog;
    }

    /** A new meeting opening on that day (null: no date yet), with a code no other test uses. */
    public Meeting opening(LocalDate opensOn) {
        String code = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + NEXT.incrementAndGet();
        return catalog.create(new NewMeeting(code, "测试会议 Test meeting " + code, "北京", opensOn, null),
                Surveys.ORGANIZER);
    }
}
