package org.thinktank.surveyflow.problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Puts refusals in the reader's words, from the message bundles: a {@link Reason} with its arguments, a field by
 * its label ({@code figures[0].value} is "第 1 项数据的数值" or "Value of figure 1"), an enum constant by its label.
 * A field's label is {@code field.<form>.<field>} or else {@code field.<field>}, with {@code []} for each list index,
 * whose positions (from 1) are the label's arguments; a field without a label is shown as the client named it.
 */
@Component
public class ProblemMessages {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** The bundle prefix of each enum's labels where it is not {@code enum.<SimpleName>}. */
    private static final Map<String, String> ENUM_LABELS = Map.of(
            "FieldMethod", "method",
            "Recommendation", "recommendation",
            "DecisionOutcome", "outcome",
            "SurveyStage", "stage",
            "NotificationKind", "notification.kind",
            "AuditKind", "audit.kind",
            "SurveyEventKind", "event",
            "FindingStatus", "finding.status",
            "VersionStatus", "version.status");

    private static final ProblemMessages ENGLISH = new ProblemMessages(englishBundle());

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The English texts, for exception messages and logs, which no reader's language applies to. */
    public static ProblemMessages english() {
        return ENGLISH;
    }

    public String text(Reason reason, Locale locale) {
        Object[] arguments = Arrays.stream(reason.arguments()).map(argument -> inWords(argument, locale)).toArray();
        return messages.getMessage(reason.code(), arguments.length == 0 ? null : arguments, reason.code(), locale);
    }

    /** A message without arguments, or {@code otherwise} when the bundles have none of that code. */
    public String textOr(String code, String otherwise, Locale locale) {
        return messages.getMessage(code, null, otherwise, locale);
    }

    /** "Label: why", or only why when the problem is with the request as a whole. */
    public String describe(InputProblem problem, Locale locale) {
        String why = text(problem.reason(), locale);
        if (problem.field() == null || problem.field().isEmpty()) {
            return why;
        }
        return messages.getMessage("problem.field", new Object[] {label(problem.form(), problem.field(), locale), why},
                locale);
    }

    public List<String> describe(List<InputProblem> problems, Locale locale) {
        return problems.stream().map(problem -> describe(problem, locale)).toList();
    }

    /** A field's label, e.g. "背景" for {@code background}, "第 2 位评审专家" for {@code reviewers[1]}. */
    public String label(String form, String field, Locale locale) {
        Matcher index = INDEX.matcher(field);
        List<Object> positions = new ArrayList<>();
        while (index.find()) {
            positions.add(index.group(1).length() > 9 ? index.group(1) : Long.parseLong(index.group(1)) + 1);
        }
        String generic = INDEX.matcher(field).replaceAll("[]");
        Object[] arguments = positions.isEmpty() ? null : positions.toArray();
        if (form != null) {
            String label = messages.getMessage("field." + form + "." + generic, arguments, null, locale);
            if (label != null) {
                return label;
            }
        }
        String label = messages.getMessage("field." + generic, arguments, null, locale);
        return label != null ? label : field;
    }

    public String label(Enum<?> value, Locale locale) {
        String simpleName = value.getDeclaringClass().getSimpleName();
        String prefix = ENUM_LABELS.getOrDefault(simpleName, "enum." + simpleName);
        return messages.getMessage(prefix + "." + value.name(), null, value.name(), locale);
    }

    private String choices(Class<? extends Enum<?>> type, Locale locale) {
        return Arrays.stream(type.getEnumConstants()).map(value -> label(value, locale))
                .collect(Collectors.joining(messages.getMessage("problem.listSeparator", null, ", ", locale)));
    }

    @SuppressWarnings("unchecked")
    private Object inWords(Object argument, Locale locale) {
        if (argument instanceof Reason reason) {
            return text(reason, locale);
        }
        if (argument instanceof Reason.Label label) {
            return label(label.form(), label.field(), locale);
        }
        if (argument instanceof Reason.Choices choices) {
            return choices(choices.type(), locale);
        }
        if (argument instanceof Reason.Values values) {
            return values.labels().stream().map(label -> text(label, locale))
                    .collect(Collectors.joining(messages.getMessage("problem.listSeparator", null, ", ", locale)));
        }
        if (argument instanceof Enum<?> value) {
            return label(value, locale);
        }
        return argument;
    }

    /**
     * The bundles as this class's own class loader finds them: the default would be the context class loader of
     * whichever thread first used this class, and on a thread of the engine's job executor or of the office
     * converter that one does not see the application's resources, so every English text would be missing.
     */
    private static MessageSource englishBundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBundleClassLoader(ProblemMessages.class.getClassLoader());
        bundle.setBasename("messages");
        bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    /** A form's name as Spring names its object: {@code FindingForm} is {@code findingForm}. */
    public static String formOf(Class<?> type) {
        return type == null ? null : StringUtils.uncapitalize(type.getSimpleName());
    }
}
