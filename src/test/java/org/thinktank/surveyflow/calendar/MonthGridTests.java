package org.thinktank.surveyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MonthGridTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static CalendarEntry due(LocalDate day, boolean overdue) {
        return new CalendarEntry("task-" + day, day, CalendarEntry.Kind.TASK_DUE, "draftReport", "AM21-1 课题",
                "/surveys/1/tasks/draftReport", overdue);
    }

    @Test
    void chineseWeeksStartOnMondayWithChineseNames() {
        MonthGrid grid = MonthGrid.of(NOVEMBER, List.of(), TODAY, Locale.SIMPLIFIED_CHINESE);

        assertThat(grid.weekdays()).first().isEqualTo("周一");
        assertThat(grid.monthName()).isEqualTo("十一月");
        assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 10, 26));
    }

    @Test
    void englishWeeksStartOnMondayTooWithEnglishNames() {
        MonthGrid grid = MonthGrid.of(NOVEMBER, List.of(), TODAY, Locale.US);

        assertThat(grid.weekdays()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(grid.monthName()).isEqualTo("November");
        assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 10, 26));
    }

    @Test
    void theGridHoldsWholeWeeksCoveringTheMonth() {
        MonthGrid grid = MonthGrid.of(NOVEMBER, List.of(), TODAY, Locale.SIMPLIFIED_CHINESE);

        assertThat(grid.weeks()).allMatch(week -> week.size() == 7);
        assertThat(grid.weeks().stream().flatMap(List::stream).filter(MonthGrid.Day::inMonth)).hasSize(30);
        assertThat(grid.weeks().get(grid.weeks().size() - 1).get(6).date()).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void todayAndTheEntriesOfTheMonthAreOnTheirDays() {
        LocalDate late = LocalDate.of(2026, 11, 20);
        LocalDate nextMonth = LocalDate.of(2026, 12, 3);

        MonthGrid grid = MonthGrid.of(NOVEMBER, List.of(due(late, true), due(nextMonth, false)), TODAY, Locale.US);

        List<MonthGrid.Day> days = grid.weeks().stream().flatMap(List::stream).toList();
        assertThat(days).filteredOn(MonthGrid.Day::today).extracting(MonthGrid.Day::date).containsExactly(TODAY);
        assertThat(days).filteredOn(d -> !d.entries().isEmpty()).extracting(MonthGrid.Day::date).containsExactly(late);
        assertThat(days).filteredOn(MonthGrid.Day::hasOverdue).extracting(MonthGrid.Day::date).containsExactly(late);
        assertThat(grid.previous()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(grid.next()).isEqualTo(YearMonth.of(2026, 12));
    }
}
