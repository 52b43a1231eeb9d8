package org.thinktank.surveyflow.export.excel;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The workbook's words in its reader's language, from the message bundles: sheet names, headers, the words for
 * stages, methods and recommendations, and the number formats of dates. A missing key fails the export rather than
 * letting a code such as {@code SUBMITTED} reach the reader.
 */
public final class WorkbookLanguage {

    private final MessageSource messages;
    private final Locale locale;

    public WorkbookLanguage(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The word for a code, from the key {@code prefix + code}, such as {@code stage.REVIEW}. */
    String word(String prefix, Enum<?> code) {
        return code == null ? null : text(prefix + code.name());
    }
}
