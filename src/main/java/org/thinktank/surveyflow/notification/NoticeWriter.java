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
 * (dates written as the recipient's language writes them, {@link NoticeArguments.Label}s as its words). The
 * arguments are kept with the notice, so that the pages show it in whichever language its reader reads.
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
        Object[] all = new Object[details.length + 2];
        all[0] = survey.businessKey();
        all[1] = survey.topic();
        System.arraycopy(details, 0, all, 2, details.length);
        NoticeArguments arguments = NoticeArguments.of(all);
        return box.put(recipient, survey.id(), kind, arguments.subject(kind, language, messages),
                arguments.body(kind, language, messages), occasion, arguments);
    }
}
