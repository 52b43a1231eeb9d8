package org.thinktank.surveyflow.survey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * A meeting's investigations at a glance, whoever asks (for callers that have checked the reader is an organizer):
 * counted per stage in one query, and listed a page at a time, however many there are.
 */
@Service
public class MeetingSurveys {

    private static final double MINUTES_A_DAY = 1440.0;

    private final MeetingSurveyRepository surveys;
    private final WorkCalendar calendar;

    MeetingSurveys(MeetingSurveyRepository surveys, WorkCalendar calendar) {
        this.surveys = surveys;
        this.calendar = calendar;
    }

    public MeetingFigures figuresUnchecked(long meetingId) {
        List<MeetingSurveyRepository.StageSums> sums = surveys.sumsPerStage(meetingId, calendar.today(), calendar.now());
        Map<SurveyStage, Long> perStage = new EnumMap<>(SurveyStage.class);
        Map<SurveyStage, Long> overduePerStage = new EnumMap<>(SurveyStage.class);
        for (SurveyStage stage : SurveyStage.values()) {
            perStage.put(stage, 0L);
            overduePerStage.put(stage, 0L);
        }
        long overdue = 0;
        long ended = 0;
        long cycleMinutes = 0;
        long running = 0;
        long stageMinutes = 0;
        for (MeetingSurveyRepository.StageSums stage : sums) {
            perStage.put(stage.stage(), stage.surveys());
            overduePerStage.put(stage.stage(), stage.overdue());
            overdue += stage.overdue();
            ended += stage.ended();
            cycleMinutes += stage.cycleMinutes();
            if (!stage.stage().isFinal()) {
                running += stage.surveys();
                stageMinutes += stage.stageMinutes();
            }
        }
        return new MeetingFigures(perStage, overdue, averageDays(cycleMinutes, ended), averageDays(stageMinutes, running),
                overduePerStage, surveys.overduePerInstitution(meetingId, calendar.today()),
                averageDaysPerStage(meetingId));
    }

    public Page<SurveyLine> pageUnchecked(long meetingId, MeetingSurveyFilter filter, PageRequest page) {
        long total = surveys.count(meetingId, filter, calendar.today());
        List<SurveyLine> lines = page.offset() < total
                ? surveys.page(meetingId, filter, calendar.today(), Math.toIntExact(page.offset()), page.size()) : List.of();
        return Page.of(lines, page, total);
    }

    /** The first investigations the filter keeps (the overdue: the longest overdue first), without counting them. */
    public List<SurveyLine> firstUnchecked(long meetingId, MeetingSurveyFilter filter, int count) {
        return surveys.page(meetingId, filter, calendar.today(), 0, count);
    }

    private Map<SurveyStage, Double> averageDaysPerStage(long meetingId) {
        Map<SurveyStage, Double> days = new EnumMap<>(SurveyStage.class);
        surveys.minutesPerStage(meetingId, calendar.now()).stream().filter(stage -> !stage.stage().isFinal())
                .forEach(stage -> days.put(stage.stage(), averageDays(stage.minutes(), stage.surveys())));
        return days;
    }

    /** Whole minutes over a number of investigations, as days to one decimal; null over none. */
    private static Double averageDays(long minutes, long over) {
        return over == 0 ? null : Math.round(minutes / MINUTES_A_DAY / over * 10) / 10.0;
    }
}
