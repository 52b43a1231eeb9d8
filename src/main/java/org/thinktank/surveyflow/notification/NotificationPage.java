package org.thinktank.surveyflow.notification;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.thinktank.surveyflow.paging.Page;

/**
 * A page of someone's notifications and how many of all of theirs are unread, whichever page or filter this is. As
 * JSON, the page's own fields with {@code unread} beside them.
 */
public record NotificationPage(@JsonUnwrapped Page<Notification> list, long unread) {
}
