package org.thinktank.surveyflow.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The think tank's working days: Monday to Friday, less the public holidays, plus the weekend days worked in their
 * place (调休), both from configuration ({@link DaysOff}).
 */
@Component
public class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    public WorkingDays(DaysOff daysOff) {
        this.holidays = Set.copyOf(daysOff.holidays());
        this.workingWeekends = Set.copyOf(daysOff.workingWeekends());
    }

    public DayKind kindOf(LocalDate day) {
        if (holidays.contains(day)) {
            return DayKind.HOLIDAY;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend && !workingWeekends.contains(day) ? DayKind.WEEKEND : DayKind.WORKING;
    }
}
