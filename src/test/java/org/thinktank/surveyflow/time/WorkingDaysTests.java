package org.thinktank.surveyflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Weekends and public holidays are days off, but a weekend day worked in a holiday's place (调休) is not. */
class WorkingDaysTests {

    private final WorkingDays days = new WorkingDays(new DaysOff(List.of(LocalDate.of(2026, 10, 1)),
            List.of(LocalDate.of(2026, 10, 10))));

    @Test
    void aWeekdayIsAWorkingDay() {
        assertThat(days.kindOf(LocalDate.of(2026, 9, 30))).isEqualTo(DayKind.WORKING);
    }

    @Test
    void aSaturdayIsAWeekend() {
        assertThat(days.kindOf(LocalDate.of(2026, 10, 17))).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void aPublicHolidayOnAWeekdayIsAHoliday() {
        assertThat(days.kindOf(LocalDate.of(2026, 10, 1))).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void aWeekendDayWorkedInAHolidaysPlaceIsAWorkingDay() {
        assertThat(days.kindOf(LocalDate.of(2026, 10, 10))).isEqualTo(DayKind.WORKING);
    }
}
