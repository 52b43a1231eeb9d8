package org.thinktank.surveyflow.workflow.bpmn;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Date arithmetic for the follow-up process, called as {@code ${followUpPlan.pointAt(meetingDate, followUpMonth)}}:
 * a point is the start of the day that many months after the meeting's first day; its update is due at the end of
 * the day the update period later.
 */
@Component("followUpPlan")
public class FollowUpPlan {

    private final WorkCalendar calendar;

    FollowUpPlan(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** The months of {@code "3,6"}, in order. */
    public List<Integer> months(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    public Date pointAt(String meetingDate, Integer month) {
        return Date.from(pointDay(meetingDate, month).atStartOfDay(calendar.zone()).toInstant());
    }

    public Date dueAt(String meetingDate, Integer month, String updatePeriod) {
        return Date.from(calendar.endOf(pointDay(meetingDate, month).plusDays(Duration.parse(updatePeriod).toDays())));
    }

    public static LocalDate pointDay(String meetingDate, Integer month) {
        return LocalDate.parse(meetingDate).plusMonths(month);
    }
}
