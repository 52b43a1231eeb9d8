package org.thinktank.surveyflow.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.export.jobs.ExportKind;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.FindingStatus;
import org.thinktank.surveyflow.notification.NotificationKind;
import org.thinktank.surveyflow.notification.TaskNames;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.report.VersionStatus;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.review.ReviewOutcome;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * What the history and the audit trail recorded, in the reader's language. They keep a change's detail as written
 * when it happened, with codes such as {@code MAJOR_REVISION} or {@code version 2: REVISE}, and its values as JSON
 * ({@code {"stage":"DRAFTING"}}); this reads those back into labels from the bundles:
 * {@code th:text="${@recorded.text(event.detail())}"}, {@code ${@recorded.json(e.after())}}. Text a person wrote (a
 * topic, a reason) is shown as written, and a detail of a form this does not know, as it was recorded.
 */
@Component("recorded")
public class RecordedText {

    /** The enums whose constants recorded values hold. */
    private static final List<Class<? extends Enum<?>>> RECORDED_ENUMS = List.of(SurveyStage.class,
            Recommendation.class, ReviewOutcome.class, DecisionOutcome.class, FieldMethod.class, FindingStatus.class,
            VersionStatus.class, Role.class, ExportKind.class, NotificationKind.class);

    private static final Pattern VERSION = Pattern.compile("version (\\d+)");
    private static final Pattern VERSION_WITH = Pattern.compile("version (\\d+): ([A-Z_]+)");
    private static final Pattern DECISION = Pattern.compile("([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern FINDINGS = Pattern.compile("(\\d+) finding\\(s\\)");
    private static final Pattern REVISION = Pattern.compile(
            "draft due (\\S+), review due (\\S+), approval due (\\S+)");
    private static final Pattern REMINDER = Pattern.compile("(.+) → (.+)");
    private static final Pattern ESCALATION = Pattern.compile("(.+) held by (.+)");
    private static final Pattern CONFLICTS = Pattern.compile("(.+?)\\. Reason: (.*)", Pattern.DOTALL);
    private static final Pattern CONFLICT = Pattern.compile("(\\S+) is from (.+), as is (.+)");
    private static final String LEAD = " (lead)";
    private static final Pattern SHIFT = Pattern.compile("shifted (-?\\d+) day\\(s\\)");

    private final MessageSource messages;
    private final TaskNames tasks;
    private final ProblemMessages labels;
    private final ObjectMapper json;
    private final PeopleView people;

    RecordedText(MessageSource messages, TaskNames tasks, ProblemMessages labels, ObjectMapper json,
                 PeopleView people) {
        this.messages = messages;
        this.tasks = tasks;
        this.labels = labels;
        this.json = json;
        this.people = people;
    }

    /** A recorded detail in the reader's words, e.g. "第 2 版：大修" for {@code version 2: MAJOR_REVISION}. */
    public String text(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return Stream.<Supplier<String>>of(
                        () -> stage(detail, locale),
                        () -> version(detail, locale),
                        () -> versionWith(detail, locale),
                        () -> decision(detail, locale),
                        () -> matching(FINDINGS, detail, m -> message("timeline.findings", locale,
                                Long.parseLong(m.group(1)))),
                        () -> matching(REVISION, detail, m -> message("timeline.revision", locale,
                                m.group(1), m.group(2), m.group(3))),
                        () -> matching(SHIFT, detail, m -> shift(Long.parseLong(m.group(1)), locale)),
                        () -> matching(ESCALATION, detail, m -> message("timeline.escalation", locale,
                                tasks.label(m.group(1), locale), m.group(2))),
                        () -> conflicts(detail, locale),
                        () -> matching(REMINDER, detail, m -> message("timeline.reminder", locale,
                                tasks.label(m.group(1), locale), names(m.group(2)))))
                .map(Supplier::get).filter(Objects::nonNull).findFirst().orElse(detail);
    }

    /**
     * Recorded values (JSON) with each field by its label where the bundles have one and each code by its label:
     * {@code {"阶段":"撰写报告"}}. Text that is not JSON is shown as it is.
     */
    public String json(String values) {
        if (values == null) {
            return null;
        }
        try {
            return json.writeValueAsString(labelled(json.readTree(values), LocaleContextHolder.getLocale()));
        } catch (JsonProcessingException e) {
            return values;
        }
    }

    private JsonNode labelled(JsonNode node, Locale locale) {
        if (node.isObject()) {
            ObjectNode result = json.createObjectNode();
            node.fields().forEachRemaining(field -> result.set(labels.label(null, field.getKey(), locale),
                    labelled(field.getValue(), locale)));
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = json.createArrayNode();
            node.forEach(item -> result.add(labelled(item, locale)));
            return result;
        }
        if (node.isTextual()) {
            return code(node.asText()).map(value -> (JsonNode) new TextNode(labels.label(value, locale))).orElse(node);
        }
        return node;
    }

    private static Optional<Enum<?>> code(String text) {
        return RECORDED_ENUMS.stream().flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .filter(value -> value.name().equals(text)).findFirst().map(value -> (Enum<?>) value);
    }

    private String shift(long days, Locale locale) {
        return message(days > 0 ? "timeline.shift.later" : "timeline.shift.earlier", locale, Math.abs(days));
    }

    private String stage(String detail, Locale locale) {
        return Arrays.stream(SurveyStage.values()).anyMatch(stage -> stage.name().equals(detail))
                ? messages.getMessage("stage." + detail, null, detail, locale) : null;
    }

    private String version(String detail, Locale locale) {
        return matching(VERSION, detail, m -> message("timeline.version", locale, Long.parseLong(m.group(1))));
    }

    /** A version and what was said of it: a reviewer's recommendation, or what the round decided. */
    private String versionWith(String detail, Locale locale) {
        return matching(VERSION_WITH, detail, m -> {
            String said = messages.getMessage("recommendation." + m.group(2), null,
                    messages.getMessage("enum.ReviewOutcome." + m.group(2), null,
                            messages.getMessage("enum.PlanDecision." + m.group(2), null, null, locale), locale), locale);
            return said == null ? null : message("timeline.versionWith", locale,
                    message("timeline.version", locale, Long.parseLong(m.group(1))), said);
        });
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

    /**
     * An overridden conflict of interest, recorded as "zhou.qiang is from X, as is li.wei, wang.fang; …. Reason: …":
     * each conflict with people by display name, then the organizer's reason as written.
     */
    private String conflicts(String detail, Locale locale) {
        return matching(CONFLICTS, detail, m -> {
            List<String> said = new ArrayList<>();
            for (String conflict : m.group(1).split("; ")) {
                Matcher one = CONFLICT.matcher(conflict);
                if (!one.matches()) {
                    return null;
                }
                String colleagues = Arrays.stream(one.group(3).split(", ")).map(colleague -> colleague(colleague, locale))
                        .collect(Collectors.joining(message("problem.listSeparator", locale)));
                said.add(message("timeline.conflict", locale, people.of(one.group(1)).name(), one.group(2), colleagues));
            }
            return message("timeline.conflictReason", locale,
                    String.join(message("problem.separator", locale), said), m.group(2));
        });
    }

    /** A colleague as recorded, "sun.hui (lead)" or "anna.k", by display name. */
    private String colleague(String recorded, Locale locale) {
        return recorded.endsWith(LEAD)
                ? message("conflict.lead", locale, people.of(recorded.substring(0, recorded.length() - LEAD.length())).name())
                : people.of(recorded).name();
    }

    /** Logins, as older entries and nudges recorded them, by display name; anything else as it was written. */
    private String names(String recorded) {
        return Arrays.stream(recorded.split(", ")).map(name -> people.of(name).name())
                .collect(Collectors.joining(", "));
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static String matching(Pattern pattern, String detail, Function<Matcher, String> reading) {
        Matcher matcher = pattern.matcher(detail);
        return matcher.matches() ? reading.apply(matcher) : null;
    }
}
