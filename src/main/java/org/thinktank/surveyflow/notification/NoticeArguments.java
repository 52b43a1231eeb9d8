package org.thinktank.surveyflow.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The arguments of a notice written from the bundles, kept with it so that each reader reads it in their own
 * language: texts as they are, dates as dates and labels (a task's name) as their bundle key. Stored as strings
 * tagged by kind ({@code t:}, {@code d:}, {@code k:}).
 */
record NoticeArguments(List<String> stored) {

    /** A text of the bundles, such as a task's name, shown in the reader's language. */
    record Label(String key) {
    }

    static NoticeArguments of(Object... arguments) {
        return new NoticeArguments(Arrays.stream(arguments).map(NoticeArguments::tagged).toList());
    }

    private static String tagged(Object argument) {
        if (argument instanceof LocalDate date) {
            return "d:" + date;
        }
        if (argument instanceof Label label) {
            return "k:" + label.key();
        }
        return "t:" + (argument == null ? "" : argument);
    }

    Object[] in(Locale language, MessageSource messages) {
        return stored.stream().map(argument -> resolved(argument, language, messages)).toArray();
    }

    private static Object resolved(String argument, Locale language, MessageSource messages) {
        String value = argument.substring(2);
        return switch (argument.substring(0, 2)) {
            case "d:" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language)
                    .format(LocalDate.parse(value));
            case "k:" -> messages.getMessage(value, null, value, language);
            default -> value;
        };
    }

    String subject(NotificationKind kind, Locale language, MessageSource messages) {
        return messages.getMessage("notice." + kind + ".subject", in(language, messages), language);
    }

    String body(NotificationKind kind, Locale language, MessageSource messages) {
        return messages.getMessage("notice." + kind + ".body", in(language, messages), language);
    }
}
