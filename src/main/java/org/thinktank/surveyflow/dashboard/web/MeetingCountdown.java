package org.thinktank.surveyflow.dashboard.web;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The days left to a meeting, in the reader's language: "距会议还有 12 天" / "12 days to the meeting". Templates call
 * it as {@code ${@countdown.toMeeting(meeting.opensOn())}}.
 */
@Component("countdown")
public class MeetingCountdown {

    private final WorkCalendar calendar;
    private final MessageSource messages;

    MeetingCountdown(WorkCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Empty for a meeting without a date. */
    public String toMeeting(LocalDate opensOn) {
        if (opensOn == null) {
            return "";
        }
        long days = calendar.daysUntil(opensOn);
        String key = days > 0 ? "countdown.days" : days == 0 ? "countdown.today" : "countdown.past";
        return messages.getMessage(key, new Object[] {Math.abs(days)}, LocaleContextHolder.getLocale());
    }
}
