package org.thinktank.surveyflow.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Dates on pages, in the reader's language and the think tank's time zone. Templates call it as
 * {@code ${@dates.day(...)}}.
 */
@Component("dates")
public class DateDisplay {

    private final WorkCalendar calendar;
    private final MessageSource messages;

    DateDisplay(WorkCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(calendar.zone()));
    }

    /** The last day of a deadline given as its end (the midnight after the due date). */
    public String dueDay(Instant end) {
        return end == null ? "" : day(calendar.dueDateOf(end));
    }

    /**
     * What is left of a due date, today in the think tank's time zone: "还剩 3 天" / "3 days left", "今天到期" /
     * "due today", "已逾期 2 天" / "2 days overdue". Every page says it so, through this method.
     */
    public String left(LocalDate due) {
        return daysTo(due, "due.left.days", "due.left.today", "due.left.overdue");
    }

    /** The days left to a meeting: "距会议还有 12 天" / "12 days to the meeting"; empty for a meeting without a date. */
    public String untilMeeting(LocalDate opensOn) {
        return daysTo(opensOn, "countdown.days", "countdown.today", "countdown.past");
    }

    /** The days from today to a date, said with one message for days ahead, one for today, one for days past. */
    private String daysTo(LocalDate date, String ahead, String today, String past) {
        if (date == null) {
            return "";
        }
        long days = calendar.daysUntil(date);
        String key = days > 0 ? ahead : days == 0 ? today : past;
        return messages.getMessage(key, new Object[] {Math.abs(days)}, LocaleContextHolder.getLocale());
    }

    /** The same for a deadline given as its end (the midnight after the due date). */
    public String leftUntil(Instant end) {
        return end == null ? "" : left(calendar.dueDateOf(end));
    }

    /** The class that colours what is left: {@code due-overdue}, {@code due-today} or {@code due-ahead}. */
    public String urgency(LocalDate due) {
        if (due == null) {
            return "";
        }
        long days = calendar.daysUntil(due);
        return days > 0 ? "due-ahead" : days == 0 ? "due-today" : "due-overdue";
    }

    public String urgencyUntil(Instant end) {
        return end == null ? "" : urgency(calendar.dueDateOf(end));
    }
}
