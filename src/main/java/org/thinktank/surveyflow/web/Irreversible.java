package org.thinktank.surveyflow.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page action that cannot be undone. It acts only on a post that says {@code confirmed=true}: the page's htmx
 * {@code hx-confirm} dialog adds it; a post without it (no script) gets a page asking the question, whose button
 * posts the same values again, confirmed ({@link ConfirmedActions}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Irreversible {

    /** The key of the question in the message bundles, e.g. {@code confirm.submitFindings}. */
    String value();
}
