package org.thinktank.surveyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.thinktank.surveyflow.support.IntegrationTest;

/** The default run has no mail server: notices are only recorded, for the notifications page. */
@IntegrationTest
class NotificationsWithoutMailIT {

    @Autowired
    ApplicationContext context;

    @Test
    void withoutAMailHostNothingTriesToSendMail() {
        assertThat(context.getBeanNamesForType(MailNotifications.class)).isEmpty();
    }
}
