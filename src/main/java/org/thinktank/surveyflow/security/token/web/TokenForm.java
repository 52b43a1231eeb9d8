package org.thinktank.surveyflow.security.token.web;

import java.time.LocalDate;

/** The page's form for a new token: a name, and the day at whose end it expires (none: the default lifetime). */
record TokenForm(String name, LocalDate expiresOn) {
}
