package org.thinktank.surveyflow.notification;

public enum NotificationKind { ASSIGNMENT, REMINDER, ESCALATION }
