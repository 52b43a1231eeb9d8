package org.thinktank.surveyflow.survey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The rules a launch must keep beyond its field annotations, all reported at once. Due dates lie between today and
 * {@link #FURTHEST_DUE} ahead, and the durations between nothing and their longest (see {@link DeadlineDefaults}), so
 * the timers and revision rounds built from them stay within the calendar.
 */
@Component
class LaunchValidator {

    /** The furthest a due date may lie ahead. */
    static final Period FURTHEST_DUE = Period.ofYears(5);

    private final MeetingCatalog meetings;
    private final UserDirectory users;
    private final WorkCalendar calendar;

    LaunchValidator(MeetingCatalog meetings, UserDirectory users, WorkCalendar calendar) {
        this.meetings = meetings;
        this.users = users;
        this.calendar = calendar;
    }

    void check(LaunchRequest request) {
        List<InputProblem> errors = new ArrayList<>();
        if (meetings.findByCode(request.meetingCode()).isEmpty()) {
            errors.add(InputProblem.of("meetingCode", "launch.error.noMeeting", request.meetingCode()));
        }
        Set<String> team = teamOf(request);
        Set<String> everyone = new LinkedHashSet<>(team);
        everyone.addAll(request.reviewers());
        Map<String, AppUser> known = users.findAll(everyone).stream()
                .collect(Collectors.toMap(AppUser::username, Function.identity()));
        checkRole(errors, "lead", List.of(request.lead()), Role.RESEARCHER, known);
        checkRole(errors, "team", request.team(), Role.RESEARCHER, known);
        request.reviewers().stream().filter(team::contains).forEach(coAuthor -> errors.add(
                InputProblem.of("reviewers", "launch.error.coAuthor", coAuthor)));
        checkRole(errors, "reviewers", request.reviewers().stream().filter(r -> !team.contains(r)).toList(),
                Role.REVIEWER, known);
        checkDates(errors, request);
        if (!errors.isEmpty()) {
            throw InvalidRequestException.of(errors);
        }
    }

    static Set<String> teamOf(LaunchRequest request) {
        Set<String> team = new LinkedHashSet<>();
        team.add(request.lead());
        team.addAll(request.team());
        return team;
    }

    private static void checkRole(List<InputProblem> errors, String field, List<String> usernames, Role role,
                                  Map<String, AppUser> known) {
        for (String username : usernames) {
            AppUser user = known.get(username);
            if (user == null) {
                errors.add(InputProblem.of(field, "launch.error.noUser", username));
            } else if (user.role() != role) {
                errors.add(InputProblem.of(field, "launch.error.wrongRole", username, user.role(), role));
            } else if (!user.enabled()) {
                errors.add(InputProblem.of(field, "launch.error.disabled", username));
            }
        }
    }

    private void checkDates(List<InputProblem> errors, LaunchRequest request) {
        LocalDate today = calendar.today();
        LocalDate latest = today.plus(FURTHEST_DUE);
        if (request.planDue().isBefore(today)) {
            errors.add(InputProblem.of("planDue", "launch.error.past", request.planDue().toString()));
        }
        if (request.findingsDue().isBefore(today)) {
            errors.add(InputProblem.of("findingsDue", "launch.error.past", request.findingsDue().toString()));
        }
        if (request.planDue().isAfter(request.findingsDue())) {
            errors.add(InputProblem.of("planDue", "launch.error.planAfterFindings"));
        }
        if (request.draftDue().isBefore(request.findingsDue())) {
            errors.add(InputProblem.of("draftDue", "launch.error.before", new Reason.Label(null, "findingsDue")));
        }
        if (request.reviewDue().isBefore(request.draftDue())) {
            errors.add(InputProblem.of("reviewDue", "launch.error.before", new Reason.Label(null, "draftDue")));
        }
        if (request.approvalDue().isBefore(request.reviewDue())) {
            errors.add(InputProblem.of("approvalDue", "launch.error.before", new Reason.Label(null, "reviewDue")));
        }
        Map<String, LocalDate> dueDates = new LinkedHashMap<>();
        dueDates.put("planDue", request.planDue());
        dueDates.put("findingsDue", request.findingsDue());
        dueDates.put("draftDue", request.draftDue());
        dueDates.put("reviewDue", request.reviewDue());
        dueDates.put("approvalDue", request.approvalDue());
        dueDates.forEach((field, date) -> {
            if (date.isAfter(latest)) {
                errors.add(InputProblem.of(field, "launch.error.tooFar", FURTHEST_DUE.getYears(), latest.toString()));
            }
        });
        checkDuration(errors, "reminderLead", request.reminderLead(), DeadlineDefaults.LONGEST_REMINDER_LEAD);
        checkDuration(errors, "revisionPeriod", request.revisionPeriod(), DeadlineDefaults.LONGEST_REVISION_PERIOD);
    }

    private static void checkDuration(List<InputProblem> errors, String field, Duration duration, Duration longest) {
        if (duration == null) {
            return;
        }
        if (duration.isNegative() || duration.isZero()) {
            errors.add(InputProblem.of(field, "launch.error.notPositive"));
        } else if (duration.compareTo(longest) > 0) {
            errors.add(InputProblem.of(field, "launch.error.tooLong", longest.toDays()));
        }
    }
}
