package org.thinktank.surveyflow.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;

/**
 * A reviewer from the same institution as the lead or a team member has a conflict of interest and is not assigned,
 * unless an organizer overrides it with a written reason. The override is recorded in the history (organizers only)
 * and announced as a {@link ConflictOfInterestOverridden} event for the audit trail. People without an institution
 * conflict with nobody. Institutions are compared ignoring case and surrounding or repeated spaces.
 */
@Component
class ConflictOfInterest {

    private static final int DETAIL_LIMIT = 2000;

    private final UserDirectory users;
    private final SurveyHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConflictOfInterest(UserDirectory users, SurveyHistory history, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A reviewer who shares an institution with members of the team: by login for the record, and by display name
     * (the lead marked as such) for the refusal a person reads.
     */
    record Conflict(String reviewer, String institution, List<String> colleagues, String reviewerName,
                    List<Reason> colleagueNames) {

        String describe() {
            return reviewer + " is from " + institution + ", as is " + String.join(", ", colleagues);
        }

        InputProblem refusal() {
            return InputProblem.of("reviewers", "refusal.conflictOfInterest", reviewerName, institution,
                    new Reason.Values(colleagues, colleagueNames));
        }
    }

    /**
     * Refuses a launch whose reviewers have a conflict of interest and no override, naming each reviewer, the shared
     * institution and the colleagues. Returns the conflicts an override covers (none when there are none).
     */
    List<Conflict> check(LaunchRequest request) {
        return refusedUnlessOverridden(of(request.lead(), LaunchValidator.teamOf(request), request.reviewers()),
                request.conflictOverride());
    }

    /**
     * The same rule for a change of a running investigation's team: refuses the conflicts the change brings that
     * were not there before, unless overridden, and returns them (none when there are none).
     */
    List<Conflict> checkChange(Survey before, Survey after, ConflictOverride override) {
        Set<String> known = of(before.lead(), new LinkedHashSet<>(before.team()), before.reviewers()).stream()
                .map(Conflict::describe).collect(Collectors.toSet());
        return refusedUnlessOverridden(of(after.lead(), new LinkedHashSet<>(after.team()), after.reviewers()).stream()
                .filter(conflict -> !known.contains(conflict.describe())).toList(), override);
    }

    private static List<Conflict> refusedUnlessOverridden(List<Conflict> conflicts, ConflictOverride override) {
        if (!conflicts.isEmpty() && (override == null || override.reason() == null || override.reason().isBlank())) {
            throw InvalidRequestException.of(conflicts.stream().map(Conflict::refusal).toList());
        }
        return conflicts;
    }

    /** Records that an organizer assigned reviewers despite these conflicts, and why. */
    void recordOverride(Survey survey, Actor organizer, List<Conflict> conflicts, ConflictOverride override) {
        String detail = conflicts.stream().map(Conflict::describe).collect(Collectors.joining("; "))
                + ". Reason: " + override.reason().strip();
        history.record(survey.id(), organizer.username(), SurveyEventKind.CONFLICT_OVERRIDDEN,
                detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT - 1) + "…");
        events.publishEvent(new ConflictOfInterestOverridden(survey.id(), survey.businessKey(), organizer.username(),
                conflicts.stream().map(Conflict::describe).toList(), override.reason().strip(), clock.instant()));
    }

    private List<Conflict> of(String lead, Set<String> team, List<String> reviewers) {
        Set<String> everyone = new LinkedHashSet<>(team);
        everyone.addAll(reviewers);
        Map<String, AppUser> known = users.findAll(everyone).stream()
                .collect(Collectors.toMap(AppUser::username, Function.identity()));
        List<Conflict> conflicts = new ArrayList<>();
        for (String reviewer : new LinkedHashSet<>(reviewers)) {
            String institution = institutionOf(known.get(reviewer));
            if (institution == null || team.contains(reviewer)) {
                continue;
            }
            List<String> sharing = team.stream().filter(member -> institution.equals(institutionOf(known.get(member))))
                    .toList();
            if (!sharing.isEmpty()) {
                List<String> colleagues = sharing.stream()
                        .map(member -> member.equals(lead) ? member + " (lead)" : member).toList();
                List<Reason> names = sharing.stream().map(member -> Reason.of(
                        member.equals(lead) ? "conflict.lead" : "conflict.person", nameOf(known.get(member))))
                        .toList();
                conflicts.add(new Conflict(reviewer, known.get(reviewer).institution().strip(), colleagues,
                        nameOf(known.get(reviewer)), names));
            }
        }
        return conflicts;
    }

    private static String nameOf(AppUser user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }

    /** The institution as compared, or null when the person or their institution is unknown. */
    private static String institutionOf(AppUser user) {
        if (user == null || user.institution() == null || user.institution().isBlank()) {
            return null;
        }
        return user.institution().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
