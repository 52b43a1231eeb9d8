package org.thinktank.surveyflow.workflow;

import java.util.Set;

/**
 * {@link TaskCriteria} with its investigations found: the business keys of the processes whose tasks a list shows.
 *
 * @param keys the processes a list is limited to, or null for all
 * @param textKeys with a text: the processes whose investigation's key or topic contains it; null without a text
 */
record TaskScope(Set<String> keys, Set<String> kinds, boolean overdueOnly, Set<String> textKeys,
                 Set<String> kindsNamed, TaskOrder order) {

    /** A list limited to no process at all, or to a text that nothing contains. */
    boolean matchesNothing() {
        return (keys != null && keys.isEmpty()) || (textKeys != null && textKeys.isEmpty() && kindsNamed.isEmpty());
    }

    boolean hasText() {
        return textKeys != null;
    }
}
