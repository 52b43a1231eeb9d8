package org.thinktank.surveyflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
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
    private final NoticeBox box;
    private final NoticeWriter writer;
    private final SurveyRegistry surveys;
    private final SurveyHistory history;
    private final UserDirectory users;
    private final WorkCalendar calendar;

    Notifier(NotificationRepository notifications, NoticeBox box, NoticeWriter writer, SurveyRegistry surveys,
             SurveyHistory history, UserDirectory users, WorkCalendar calendar) {
        this.notifications = notifications;
        this.box = box;
        this.writer = writer;
        this.surveys = surveys;
        this.history = history;
        this.users = users;
        this.calendar = calendar;
    }

    /**
     * Tells the holders of a new task that it is theirs. {@code occasion} names the task and the report version it
     * is about: a holder told of the same occasion earlier that day (the version was recalled and submitted again)
     * is not told twice.
     */
    @Transactional
    public void assigned(long surveyId, Collection<String> recipients, String taskName, Instant due, String occasion) {
        Survey survey = surveys.requireUnchecked(surveyId);
        String subject = "[" + survey.businessKey() + "] 新任务 New task: " + taskName;
        String body = "You have a new task \"" + taskName + "\" on the investigation \"" + survey.topic() + "\""
                + dueClause(due) + ".";
        recipients.forEach(recipient -> box.put(recipient, surveyId, NotificationKind.ASSIGNMENT, subject, body,
                "ASSIGNMENT:" + occasion, null));
    }

    @Transactional
    public void reminded(long surveyId, Collection<String> recipients, String taskName, Instant due) {
        Survey survey = surveys.requireUnchecked(surveyId);
        String subject = "[" + survey.businessKey() + "] 到期提醒 Due soon: " + taskName;
        String body = "Your task \"" + taskName + "\" on the investigation \"" + survey.topic() + "\" is due soon"
                + dueClause(due) + ".";
        recipients.forEach(recipient -> box.put(recipient, surveyId, NotificationKind.REMINDER, subject, body, null, null));
        history.record(surveyId, null, SurveyEventKind.REMINDER_SENT, taskName + " → " + displayNames(recipients));
    }

    /** Tells every organizer that a task is past its due date and who holds it. */
    @Transactional
    public void escalated(long surveyId, Collection<String> holders, String taskName, Instant due) {
        Survey survey = surveys.requireUnchecked(surveyId);
        String subject = "[" + survey.businessKey() + "] 任务逾期 Overdue: " + taskName;
        String body = "The task \"" + taskName + "\" on the investigation \"" + survey.topic() + "\" is overdue"
                + dueClause(due) + ". Still open with: " + displayNames(holders) + ".";
        users.withRole(Role.ORGANIZER).stream().map(AppUser::username)
                .forEach(organizer -> box.put(organizer, surveyId, NotificationKind.ESCALATION, subject, body, null, null));
        history.record(surveyId, null, SurveyEventKind.ESCALATED, taskName + " held by " + displayNames(holders));
    }

    /**
     * An organizer nudges (催办) the holder of an overdue task: the holder is told, in their language, which task
     * of which investigation was due when and who asks.
     */
    @Transactional
    public void nudged(long surveyId, String holder, String taskKey, Instant due, String organizer) {
        Survey survey = surveys.requireUnchecked(surveyId);
        String organizerName = users.find(organizer).map(AppUser::displayName).orElse(organizer);
        writer.tell(holder, survey, NotificationKind.NUDGE, null, new NoticeArguments.Label("task." + taskKey),
                calendar.dateOf(due.minusSeconds(1)), organizerName);
    }

    /**
     * Tells the people an investigation's moved deadlines concern (its team, the holders of its open tasks), each in
     * their language, by how many days they moved and when the step under way is now due.
     */
    @Transactional
    public void deadlinesShifted(long surveyId, Collection<String> recipients, long days, LocalDate stageDue) {
        Survey survey = surveys.requireUnchecked(surveyId);
        NoticeArguments.Label direction = new NoticeArguments.Label(days > 0 ? "shift.later" : "shift.earlier");
        recipients.forEach(recipient -> writer.tell(recipient, survey, NotificationKind.DEADLINES_SHIFTED, null,
                Math.abs(days), direction, stageDue));
    }

    /**
     * Tells every organizer, each in their language, that the lead of an investigation gave no update of its adoption
     * record for the follow-up point of that day; told once per point.
     */
    @Transactional
    public void adoptionUpdateOverdue(long surveyId, String lead, LocalDate point) {
        Survey survey = surveys.requireUnchecked(surveyId);
        String leadName = users.find(lead).map(AppUser::displayName).orElse(lead);
        users.withRole(Role.ORGANIZER).stream().map(AppUser::username).forEach(organizer -> writer.tell(organizer,
                survey, NotificationKind.ADOPTION_UPDATE_OVERDUE, "ADOPTION_UPDATE_OVERDUE:" + point, leadName, point));
    }

    /** How many of a person's notifications are unread: the badge in the navigation. */
    public long unreadCount(String recipient) {
        return notifications.unreadCount(recipient);
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

    /**
     * Marks one of the recipient's notifications read, as opening it does; answers the investigation it is about, if
     * any. Another person's notification is as unknown as one that does not exist.
     */
    @Transactional
    public Optional<Long> open(String recipient, long id) {
        Optional<Long> survey = notifications.markOneRead(recipient, id, calendar.now());
        if (survey == null) {
            throw new NotFoundException(Reason.of("notification.notFound", id));
        }
        return survey;
    }

    private String displayNames(Collection<String> usernames) {
        return String.join(", ", usernames.stream()
                .map(username -> users.find(username).map(AppUser::displayName).orElse(username)).toList());
    }

    private String dueClause(Instant due) {
        if (due == null) {
            return "";
        }
        LocalDate lastDay = calendar.dateOf(due.minusSeconds(1));
        return " (due " + lastDay + ")";
    }
}
