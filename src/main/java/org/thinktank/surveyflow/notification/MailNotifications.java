package org.thinktank.surveyflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;

/**
 * Mails each recorded notice to its recipient's address, once the transaction that recorded it has committed (a
 * rolled-back task completion sends nothing). Only when a mail server is configured ({@code spring.mail.host});
 * otherwise the notices are read on the notifications page. A failed delivery is logged, never thrown: the notice
 * stays recorded. The mail is in Chinese, then in English: the recipient's language is not known.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailNotifications {

    private static final Logger log = LoggerFactory.getLogger(MailNotifications.class);

    private final JavaMailSender mail;
    private final UserDirectory users;
    private final NoticeText text;
    private final String from;

    MailNotifications(JavaMailSender mail, UserDirectory users, NoticeText text,
                      @Value("${surveyflow.mail.from:survey-workflow@thinktank.example}") String from) {
        this.mail = mail;
        this.users = users;
        this.text = text;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(NotificationRecorded notice) {
        String address = users.find(notice.recipient()).map(AppUser::email).orElse(null);
        if (address == null || address.isBlank()) {
            log.info("No mail address for {}; the {} notice is on the notifications page only", notice.recipient(),
                    notice.kind());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(text.mailSubject(notice.kind(), notice.subject()));
        message.setText(text.mailBody(notice.kind(), notice.body()));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Could not mail the {} notice to {}: {}", notice.kind(), address, e.getMessage());
        }
    }
}
