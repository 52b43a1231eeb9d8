package org.thinktank.surveyflow.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A task of the process in the reader's words. The process names its tasks in English, as the English bundle does
 * ({@code task.submitFindings=Submit findings}), and notices and history entries keep that name; this finds the task's
 * label in another language from it. A name the bundles do not have stays as it is.
 */
@Component
public class TaskNames {

    private static final List<String> TASK_KEYS = List.of("submitPlan", "approvePlan", "submitFindings", "draftReport", "reviewReport",
            "approveReport", "decideRejection");

    private final MessageSource messages;

    TaskNames(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String processName, Locale locale) {
        return TASK_KEYS.stream()
                .filter(key -> processName.equals(messages.getMessage("task." + key, null, null, Locale.ENGLISH)))
                .findFirst().map(key -> messages.getMessage("task." + key, null, processName, locale)).orElse(processName);
    }
}
