package org.thinktank.surveyflow.paging;

/**
 * The {@code like}/{@code ilike} pattern that finds a text anywhere in a column, for lists searched by a piece of
 * text: {@code %}, {@code _} and {@code \} in the text are matched as themselves, not as wildcards.
 */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
