package org.thinktank.surveyflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Tells people what the process asks of them: a new task, a due date coming up, a task overdue. Each notice is
 * recorded, so it can be read in the application whether or not mail is configured, and announced as a
 * {@link NotificationRecorded} event, which {@link MailNotifications} mails after commit when mail is configured.
 */
@Service
public class Notifier {

    private final NotificationRepository notifications;
    private final SurveyRegistry surveys;
    private final SurveyHistory history;
    private final UserDirectory users;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;

    Notifier(NotificationRepository notifications, SurveyRegistry surveys, SurveyHistory history, UserDirectory users,
             WorkCalendar calendar, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.surveys = surveys;
        this.history = history;
        this.users = users;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional
    public void assigned(long surveyId, Collection<String> recipients, String taskName, Instant due) {
        Survey survey = surveys.requireUnchecked(surveyId);
        String subject = "[" + survey.businessKey() + "] 新任务 New task: " + taskName;
        String body = "You have a new task \"" + taskName + "\" on the investigation \"" + survey.topic() + "\""
                + dueClause(due) + ".";
        recipients.forEach(recipient -> store(recipient, surveyId, NotificationKind.ASSIGNMENT, subject, body));
    }

    @Transactional
    public void reminded(long surveyId, Collection<String> recipients, String taskName, Instant due) {
        Survey survey = surveys.requireUnchecked(surveyId);
        String subject = "[" + survey.businessKey() + "] 到期提醒 Due soon: " + taskName;
        String body = "Your task \"" + taskName + "\" on the investigation \"" + survey.topic() + "\" is due soon"
                + dueClause(due) + ".";
        recipients.forEach(recipient -> store(recipient, surveyId, NotificationKind.REMINDER, subject, body));
        history.record(surveyId, null, SurveyEventKind.REMINDER_SENT, taskName + " → " + String.join(", ", recipients));
    }

    /** Tells every organizer that a task is past its due date and who holds it. */
    @Transactional
    public void escalated(long surveyId, Collection<String> holders, String taskName, Instant due) {
        Survey survey = surveys.requireUnchecked(surveyId);
        String subject = "[" + survey.businessKey() + "] 任务逾期 Overdue: " + taskName;
        String body = "The task \"" + taskName + "\" on the investigation \"" + survey.topic() + "\" is overdue"
                + dueClause(due) + ". Still open with: " + String.join(", ", holders) + ".";
        users.withRole(Role.ORGANIZER).stream().map(AppUser::username)
                .forEach(organizer -> store(organizer, surveyId, NotificationKind.ESCALATION, subject, body));
        history.record(surveyId, null, SurveyEventKind.ESCALATED, taskName + " held by " + String.join(", ", holders));
    }

    /** A page of a person's notifications, all or only the unread, newest first, with how many are unread. */
    public NotificationPage of(String recipient, boolean unreadOnly, PageRequest page) {
        return new NotificationPage(notifications.ofRecipient(recipient, unreadOnly, page),
                notifications.unreadCount(recipient));
    }

    /**
     * Marks a person's notifications read: those up to {@code upTo} (the newest they were shown, so that one arriving
     * meanwhile stays unread), or all when it is null.
     */
    @Transactional
    public void markRead(String recipient, Long upTo) {
        notifications.markRead(recipient, upTo, calendar.now());
    }

    private void store(String recipient, long surveyId, NotificationKind kind, String subject, String body) {
        notifications.insert(recipient, surveyId, kind, subject, body, calendar.now());
        events.publishEvent(new NotificationRecorded(recipient, kind, subject, body));
    }

    private String dueClause(Instant due) {
        if (due == null) {
            return "";
        }
        LocalDate lastDay = calendar.dateOf(due.minusSeconds(1));
        return " (due " + lastDay + ")";
    }
}
