package org.thinktank.surveyflow.workflow.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.thinktank.surveyflow.survey.SurveySelection;
import org.thinktank.surveyflow.workflow.SurveyProcess;
import org.thinktank.surveyflow.workflow.TaskCriteria;

/**
 * The filters of the task lists on the home page: free text over the investigation (key and topic) and the kind of
 * task as the reader reads it, overdue only, and (from a link) one investigation.
 */
record TaskFilter(String text, boolean overdueOnly, Long surveyId) {

    TaskFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** What the task inbox keeps: the text also names the kinds of task whose name, in the reader's language, has it. */
    TaskCriteria criteria(MessageSource messages, Locale locale) {
        return new TaskCriteria(new SurveySelection(surveyId, null, null), Set.of(), overdueOnly, text,
                kindsNamed(messages, locale), null);
    }

    /** What the list of investigations someone launched keeps. */
    SurveySelection investigations() {
        return new SurveySelection(surveyId, null, text);
    }

    private Set<String> kindsNamed(MessageSource messages, Locale locale) {
        if (text == null) {
            return Set.of();
        }
        String needle = text.toLowerCase(locale);
        return SurveyProcess.USER_TASKS.stream()
                .filter(kind -> messages.getMessage("task." + kind, null, kind, locale).toLowerCase(locale)
                        .contains(needle))
                .collect(Collectors.toSet());
    }
}
