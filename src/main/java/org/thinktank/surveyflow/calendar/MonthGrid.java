package org.thinktank.surveyflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month of someone's calendar as a page shows it: whole weeks from Monday to Sunday (ISO 8601 and GB/T 7408, as
 * DingTalk and Feishu show them, whatever the language), each day with its entries; weekday and month names in the
 * locale's words.
 */
public record MonthGrid(YearMonth month, String monthName, List<String> weekdays, List<List<Day>> weeks) {

    /** A day of the grid; {@code inMonth} is false for the days of the weeks' ends that belong to the months around. */
    public record Day(LocalDate date, String weekday, boolean inMonth, boolean today, List<CalendarEntry> entries) {

        public boolean hasOverdue() {
            return entries.stream().anyMatch(CalendarEntry::overdue);
        }
    }

    public static MonthGrid of(YearMonth month, List<CalendarEntry> entries, LocalDate today, Locale locale) {
        DayOfWeek first = DayOfWeek.MONDAY;
        Map<LocalDate, List<CalendarEntry>> byDay = entries.stream()
                .filter(entry -> YearMonth.from(entry.day()).equals(month))
                .collect(Collectors.groupingBy(CalendarEntry::day));
        List<String> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(first.plus(i).getDisplayName(TextStyle.SHORT, locale));
        }
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(first));
        LocalDate after = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(first.minus(1))).plusDays(1);
        List<List<Day>> weeks = new ArrayList<>();
        while (day.isBefore(after)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale),
                        YearMonth.from(day).equals(month), day.equals(today), byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return new MonthGrid(month, month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), weekdays,
                weeks);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }

    public boolean isEmpty() {
        return weeks.stream().flatMap(List::stream).allMatch(d -> d.entries().isEmpty());
    }
}
