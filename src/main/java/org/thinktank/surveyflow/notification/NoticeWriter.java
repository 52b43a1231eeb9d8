package org.thinktank.surveyflow.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.Survey;

/**
 * Writes a notice in its recipient's language from the bundles: {@code notice.<KIND>.subject} and
 * {@code notice.<KIND>.body}, whose arguments are the investigation's key ({0}) and topic ({1}), then the given ones
 * (dates written as the recipient's language writes them).
 */
@Component
class NoticeWriter {

    private final NoticeBox box;
    private final PreferredLanguages languages;
    private final MessageSource messages;

    NoticeWriter(NoticeBox box, PreferredLanguages languages, MessageSource messages) {
        this.box = box;
        this.languages = languages;
        this.messages = messages;
    }

    boolean tell(String recipient, Survey survey, NotificationKind kind, String occasion, Object... details) {
        Locale language = languages.of(recipient);
        Object[] arguments = new Object[details.length + 2];
        arguments[0] = survey.businessKey();
        arguments[1] = survey.topic();
        for (int i = 0; i < details.length; i++) {
            arguments[i + 2] = details[i] instanceof LocalDate date
                    ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(date)
                    : details[i];
        }
        String subject = messages.getMessage("notice." + kind + ".subject", arguments, language);
        String body = messages.getMessage("notice." + kind + ".body", arguments, language);
        return box.put(recipient, survey.id(), kind, subject, body, occasion);
    }

    /** A text of the bundles in a recipient's language, such as a task's name. */
    String label(String recipient, String key) {
        return messages.getMessage(key, null, key, languages.of(recipient));
    }
}
