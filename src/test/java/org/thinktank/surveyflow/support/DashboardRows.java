package org.thinktank.surveyflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The investigations a dashboard page lists, in order (its overdue table above the list names some of them too). */
public final class DashboardRows {

    private static final Pattern ROW = Pattern.compile("data-survey=\"([^\"]+)\"");

    private DashboardRows() {
    }

    public static List<String> listed(String page) {
        int list = page.indexOf("id=\"investigations\"");
        if (list < 0) {
            return List.of();
        }
        Matcher row = ROW.matcher(page.substring(list));
        List<String> keys = new ArrayList<>();
        while (row.find()) {
            keys.add(row.group(1));
        }
        return keys;
    }
}
