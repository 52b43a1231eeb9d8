package org.thinktank.surveyflow.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A notice's subject and text in the reader's language. Notices are kept as they were written when sent (the
 * subject in both languages, the text in English); this reads the ones {@link Notifier} writes back into the bundles'
 * words ({@code th:text="${@notices.body(n)}"}), and the mail goes out in Chinese first, then English. A notice of
 * nudge or a team notice is written again from the arguments kept with it; a notice of another form is shown as it
 * was kept.
 */
@Component("notices")
public class NoticeText {

    private static final Pattern SUBJECT = Pattern.compile("\\[(.+?)] (?:新任务 New task|到期提醒 Due soon|任务逾期 Overdue): (.+)");
    private static final Pattern ASSIGNED = Pattern.compile(
            "You have a new task \"(.+)\" on the investigation \"(.+)\"(?: \\(due (\\S+)\\))?\\.", Pattern.DOTALL);
    private static final Pattern REMINDED = Pattern.compile(
            "Your task \"(.+)\" on the investigation \"(.+)\" is due soon(?: \\(due (\\S+)\\))?\\.", Pattern.DOTALL);
    private static final Pattern ESCALATED = Pattern.compile(
            "The task \"(.+)\" on the investigation \"(.+)\" is overdue(?: \\(due (\\S+)\\))?\\. Still open with: (.+)\\.",
            Pattern.DOTALL);

    private final MessageSource messages;
    private final TaskNames tasks;

    NoticeText(MessageSource messages, TaskNames tasks) {
        this.messages = messages;
        this.tasks = tasks;
    }

    public String subject(Notification notice) {
        if (notice.arguments() != null) {
            return notice.arguments().subject(notice.kind(), LocaleContextHolder.getLocale(), messages);
        }
        return subject(notice.kind(), notice.subject(), LocaleContextHolder.getLocale());
    }

    public String body(Notification notice) {
        if (notice.arguments() != null) {
            return notice.arguments().body(notice.kind(), LocaleContextHolder.getLocale(), messages);
        }
        return body(notice.kind(), notice.body(), LocaleContextHolder.getLocale());
    }

    String subject(NotificationKind kind, String subject, Locale locale) {
        Matcher parts = SUBJECT.matcher(subject);
        if (!parts.matches()) {
            return subject;
        }
        return messages.getMessage("notice." + kind.name() + ".subject",
                new Object[] {parts.group(1), tasks.label(parts.group(2), locale)}, locale);
    }

    String body(NotificationKind kind, String body, Locale locale) {
        Pattern form = switch (kind) {
            case ASSIGNMENT -> ASSIGNED;
            case REMINDER -> REMINDED;
            case ESCALATION -> ESCALATED;
            default -> null;
        };
        if (form == null) {
            return body;
        }
        Matcher parts = form.matcher(body);
        if (!parts.matches()) {
            return body;
        }
        String due = parts.group(3) == null ? "" : messages.getMessage("notice.due", new Object[] {
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                        .format(LocalDate.parse(parts.group(3)))}, locale);
        String holders = kind == NotificationKind.ESCALATION ? parts.group(4) : "";
        return messages.getMessage("notice." + kind.name() + ".body",
                new Object[] {tasks.label(parts.group(1), locale), parts.group(2), due, holders}, locale);
    }

    /** Chinese first, then English, for a mail whose reader's language is not known. */
    String mailSubject(NotificationKind kind, String subject) {
        if (writtenInTheReadersLanguage(kind)) {
            return subject;
        }
        return subject(kind, subject, Locale.SIMPLIFIED_CHINESE) + " / " + subject(kind, subject, Locale.ENGLISH);
    }

    String mailBody(NotificationKind kind, String body) {
        if (writtenInTheReadersLanguage(kind)) {
            return body;
        }
        return body(kind, body, Locale.SIMPLIFIED_CHINESE) + "\n\n" + body(kind, body, Locale.ENGLISH);
    }

    /** Nudges and team notices are written in their recipient's language when sent; the others in both. */
    private static boolean writtenInTheReadersLanguage(NotificationKind kind) {
        return switch (kind) {
            case ASSIGNMENT, REMINDER, ESCALATION -> false;
            default -> true;
        };
    }
}
