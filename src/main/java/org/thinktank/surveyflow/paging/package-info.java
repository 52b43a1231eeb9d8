/**
 * Paging of the task lists and of the dashboard's investigations: which page to show ({@link PageRequest}, from 0,
 * as the audit trail's) and the page with the total it was cut from ({@link ResultPage}, JSON
 * {@code {items, page, size, total}}). Made for the inbox while the other lists get a shared paging type; the two are
 * to become one.
 */
package org.thinktank.surveyflow.paging;
