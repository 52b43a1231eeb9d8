package org.thinktank.surveyflow.workflow.bpmn;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thinktank.surveyflow.notification.Notifier;

/** The beans the BPMN's timer paths call: {@code ${sendReminderDelegate}} and {@code ${escalateOverdueDelegate}}. */
@Configuration(proxyBeanMethods = false)
class DeadlineNoticeDelegates {

    /** Reminds everyone who still holds an open task that it is due soon. */
    @Bean
    DeadlineNoticeDelegate sendReminderDelegate(TaskHolders holders, Notifier notifier) {
        return new DeadlineNoticeDelegate(holders, notifier::reminded);
    }

    /** Tells the organizers which open tasks are overdue and who holds them. */
    @Bean
    DeadlineNoticeDelegate escalateOverdueDelegate(TaskHolders holders, Notifier notifier) {
        return new DeadlineNoticeDelegate(holders, notifier::escalated);
    }
}
