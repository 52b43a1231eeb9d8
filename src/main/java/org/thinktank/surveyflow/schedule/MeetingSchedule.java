package org.thinktank.surveyflow.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.thinktank.surveyflow.meeting.Meeting;

/**
 * A meeting's schedule: its offsets, whether its organizers set them (or they are the configured defaults), and the
 * due dates they propose for an investigation launched now.
 */
public record MeetingSchedule(Meeting meeting, ScheduleTemplate template, boolean custom,
                              List<ProposedDueDate> proposed) {

    /** The proposed due dates by the launch's field name; empty while the meeting has no date. */
    public Map<String, LocalDate> proposedDates() {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        proposed.stream().filter(due -> due.date() != null).forEach(due -> dates.put(due.name(), due.date()));
        return dates;
    }
}
