package org.thinktank.surveyflow.survey.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.notification.TaskNames;
import org.thinktank.surveyflow.survey.SurveyEvent;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * A timeline entry's detail in the reader's language: the history keeps it as written when it happened, with codes
 * such as {@code MAJOR_REVISION} or {@code version 2: REVISE}; this reads those back into labels from the bundles
 * ({@code th:text="${@timeline.detail(event)}"}). Text a person wrote (a topic, a reason) is shown as written, and
 * a detail of a form this does not know, as it was recorded.
 */
@Component("timeline")
public class TimelineDetails {

    private static final Pattern VERSION = Pattern.compile("version (\\d+)");
    private static final Pattern VERSION_WITH = Pattern.compile("version (\\d+): ([A-Z_]+)");
    private static final Pattern DECISION = Pattern.compile("([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern FINDINGS = Pattern.compile("(\\d+) finding\\(s\\)");
    private static final Pattern REVISION = Pattern.compile(
            "draft due (\\S+), review due (\\S+), approval due (\\S+)");
    private static final Pattern REMINDER = Pattern.compile("(.+) → (.+)");
    private static final Pattern ESCALATION = Pattern.compile("(.+) held by (.+)");

    private final MessageSource messages;
    private final TaskNames tasks;

    TimelineDetails(MessageSource messages, TaskNames tasks) {
        this.messages = messages;
        this.tasks = tasks;
    }

    public String detail(SurveyEvent event) {
        String detail = event.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String read = switch (event.kind()) {
            case STAGE_ENTERED -> stage(detail, locale);
            case VERSION_SUBMITTED, VERSION_RECALLED -> version(detail, locale);
            case REVIEW_SUBMITTED -> versionWith(detail, "recommendation.", locale);
            case REVIEWS_TALLIED -> versionWith(detail, "enum.ReviewOutcome.", locale);
            case APPROVAL_DECIDED, REJECTION_DECIDED -> decision(detail, locale);
            case FINDINGS_SUBMITTED -> matching(FINDINGS, detail, m -> message("timeline.findings", locale,
                    Long.parseLong(m.group(1))));
            case REVISION_PLANNED -> matching(REVISION, detail, m -> message("timeline.revision", locale,
                    m.group(1), m.group(2), m.group(3)));
            case REMINDER_SENT -> matching(REMINDER, detail, m -> message("timeline.reminder", locale,
                    tasks.label(m.group(1), locale), m.group(2)));
            case ESCALATED -> matching(ESCALATION, detail, m -> message("timeline.escalation", locale,
                    tasks.label(m.group(1), locale), m.group(2)));
            default -> null;
        };
        return read != null ? read : detail;
    }

    private String stage(String detail, Locale locale) {
        return Arrays.stream(SurveyStage.values()).anyMatch(stage -> stage.name().equals(detail))
                ? messages.getMessage("stage." + detail, null, detail, locale) : null;
    }

    private String version(String detail, Locale locale) {
        return matching(VERSION, detail, m -> message("timeline.version", locale, Long.parseLong(m.group(1))));
    }

    private String versionWith(String detail, String labels, Locale locale) {
        return matching(VERSION_WITH, detail, m -> message("timeline.versionWith", locale,
                message("timeline.version", locale, Long.parseLong(m.group(1))),
                messages.getMessage(labels + m.group(2), null, m.group(2), locale)));
    }

    private String decision(String detail, Locale locale) {
        return matching(DECISION, detail, m -> {
            String outcome = messages.getMessage("outcome." + m.group(1), null, null, locale);
            if (outcome == null) {
                return null;
            }
            return m.group(2) == null ? outcome : message("timeline.decisionWithReason", locale, outcome, m.group(2));
        });
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static String matching(Pattern pattern, String detail, java.util.function.Function<Matcher, String> reading) {
        Matcher matcher = pattern.matcher(detail);
        return matcher.matches() ? reading.apply(matcher) : null;
    }
}
