package org.thinktank.surveyflow.schedule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.DueDates;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.workflow.ProcessDeadlines;

/**
 * Moves the open deadlines of a meeting's investigations by a number of days, as the meeting moved: the stored due
 * dates, the running processes' variables, tasks and timers, with a notice to everyone concerned and an entry in each
 * investigation's history. Published and closed investigations, and the steps already done, keep their dates.
 * Organizers only; the same preview first shows what would move.
 */
@Service
public class DeadlineShift {

    /** The furthest a shift moves deadlines, either way: a year. */
    public static final int LONGEST = 365;

    private final MeetingCatalog meetings;
    private final SurveyRegistry surveys;
    private final ProcessDeadlines processes;
    private final Notifier notifier;

    DeadlineShift(MeetingCatalog meetings, SurveyRegistry surveys, ProcessDeadlines processes, Notifier notifier) {
        this.meetings = meetings;
        this.surveys = surveys;
        this.processes = processes;
        this.notifier = notifier;
    }

    /** What a shift by {@code days} would move, changing nothing. */
    public List<ShiftedSurvey> preview(long meetingId, Integer days, Actor actor) {
        actor.require(Role.ORGANIZER, "shift a meeting's deadlines");
        check(days);
        meetings.require(meetingId);
        return surveys.ofMeetingUnchecked(meetingId).stream().filter(survey -> !survey.stage().isFinal())
                .map(survey -> ShiftedSurvey.of(survey, days)).toList();
    }

    @Transactional
    public List<ShiftedSurvey> apply(long meetingId, Integer days, Actor actor) {
        List<ShiftedSurvey> shifts = preview(meetingId, days, actor);
        List<ShiftedSurvey> done = new ArrayList<>();
        for (ShiftedSurvey shift : shifts) {
            DueDates due = surveys.shiftDueDates(shift.id(), days, actor.username());
            Set<String> holders = processes.shift(shift.businessKey(), shift.moved(), days);
            Set<String> told = new LinkedHashSet<>(surveys.requireUnchecked(shift.id()).team());
            told.addAll(holders);
            notifier.deadlinesShifted(shift.id(), told, days, due.ofStage(shift.stage()));
            done.add(new ShiftedSurvey(shift.id(), shift.businessKey(), shift.topic(), shift.stage(), shift.before(), due));
        }
        return done;
    }

    private static void check(Integer days) {
        if (days == null) {
            throw InvalidRequestException.of(InputProblem.of("days", "shift.error.missing"));
        }
        if (days == 0) {
            throw InvalidRequestException.of(InputProblem.of("days", "shift.error.zero"));
        }
        if (Math.abs(days) > LONGEST) {
            throw InvalidRequestException.of(InputProblem.of("days", "shift.error.tooFar", LONGEST));
        }
    }
}
