package org.thinktank.surveyflow.calendar;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.workflow.TaskCriteria;
import org.thinktank.surveyflow.workflow.TaskInbox;
import org.thinktank.surveyflow.workflow.TaskSummary;

/**
 * Someone's due dates: their open tasks that have a due date (as their task list has them) and the opening days of
 * the meetings their investigations prepare (every meeting, for organizers), soonest first.
 */
@Service
public class DeadlineCalendar {

    /** Enough open tasks for anyone; a list longer than this is cut rather than read without end. */
    static final int MOST_TASKS = 1000;

    private final TaskInbox inbox;
    private final SurveyRegistry surveys;
    private final MeetingCatalog meetings;
    private final WorkCalendar calendar;

    DeadlineCalendar(TaskInbox inbox, SurveyRegistry surveys, MeetingCatalog meetings, WorkCalendar calendar) {
        this.inbox = inbox;
        this.surveys = surveys;
        this.meetings = meetings;
        this.calendar = calendar;
    }

    public List<CalendarEntry> of(Actor actor) {
        List<CalendarEntry> entries = new ArrayList<>();
        openTasks(actor).stream().filter(task -> task.due() != null).map(this::taskDue).forEach(entries::add);
        entries.addAll(meetingDays(actor));
        entries.sort(Comparator.comparing(CalendarEntry::day).thenComparing(CalendarEntry::uid));
        return entries;
    }

    /** A month of the actor's calendar. */
    public MonthGrid month(Actor actor, YearMonth month, Locale locale) {
        return MonthGrid.of(month, of(actor), calendar.today(), locale);
    }

    /** The month it is now in the think tank's time zone. */
    public YearMonth thisMonth() {
        return YearMonth.from(calendar.today());
    }

    private List<TaskSummary> openTasks(Actor actor) {
        List<TaskSummary> tasks = new ArrayList<>();
        PageRequest request = new PageRequest(0, PageRequest.MAX_SIZE);
        Page<TaskSummary> page;
        do {
            page = inbox.toDo(actor, TaskCriteria.ALL, request);
            tasks.addAll(page.items());
            request = new PageRequest(request.page() + 1, request.size());
        } while (page.hasNext() && tasks.size() < MOST_TASKS);
        return tasks;
    }

    private CalendarEntry taskDue(TaskSummary task) {
        return new CalendarEntry("task-" + task.id() + "@surveyflow", calendar.dueDateOf(task.due()),
                CalendarEntry.Kind.TASK_DUE, task.key(), task.businessKey() + " " + task.topic(),
                "/surveys/" + task.surveyId() + "/tasks/" + task.key(), task.overdue());
    }

    /** A meeting opens for organizers on its dashboard, for the others on the first of their investigations in it. */
    private List<CalendarEntry> meetingDays(Actor actor) {
        if (actor.is(Role.ORGANIZER)) {
            return meetings.all().stream().filter(m -> m.opensOn() != null)
                    .map(m -> meetingDay(m, "/meetings/" + m.id() + "/dashboard")).toList();
        }
        Map<Long, String> firstSurveyOf = new LinkedHashMap<>();
        for (Survey survey : surveys.visibleTo(actor)) {
            firstSurveyOf.putIfAbsent(survey.meetingId(), "/surveys/" + survey.id());
        }
        List<CalendarEntry> days = new ArrayList<>();
        firstSurveyOf.forEach((meetingId, path) -> meetings.find(meetingId).filter(m -> m.opensOn() != null)
                .ifPresent(m -> days.add(meetingDay(m, path))));
        return days;
    }

    private static CalendarEntry meetingDay(Meeting meeting, String path) {
        return new CalendarEntry("meeting-" + meeting.id() + "@surveyflow", meeting.opensOn(),
                CalendarEntry.Kind.MEETING, null, meeting.name(), path, false);
    }
}
