package org.thinktank.surveyflow.workflow;

import java.util.Set;

import org.thinktank.surveyflow.survey.SurveySelection;

/**
 * Which of someone's tasks a list shows, and in which order.
 *
 * @param investigations the investigations whose tasks it shows (one, a meeting's, all)
 * @param kinds the kinds of task it shows ({@link SurveyProcess#USER_TASKS}); empty for every kind
 * @param overdueOnly open tasks past their due date; done tasks finished after it
 * @param text tasks whose investigation's key or topic contains it, or whose kind is in {@code kindsNamed}; null for all
 * @param kindsNamed the kinds whose name, in the reader's language, contains {@code text}
 * @param order the order of the list; null for the list's own (open: soonest due first; done: latest first)
 */
public record TaskCriteria(SurveySelection investigations, Set<String> kinds, boolean overdueOnly, String text,
                           Set<String> kindsNamed, TaskOrder order) {

    public static final TaskCriteria ALL = new TaskCriteria(SurveySelection.ALL, Set.of(), false, null, Set.of(), null);

    public TaskCriteria {
        investigations = investigations == null ? SurveySelection.ALL : investigations;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        text = text == null || text.isBlank() ? null : text.strip();
        kindsNamed = kindsNamed == null ? Set.of() : Set.copyOf(kindsNamed);
    }
}
