package org.thinktank.surveyflow.export.excel;

import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet names made from user text (a survey key and a dataset's title) that Excel accepts: none of {@code []:*?/\},
 * no control characters, no apostrophe at either end, at most 31 characters cut between characters, never inside one,
 * not Excel's reserved {@code History}, and unlike every sheet already in the workbook, ignoring case as Excel does.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SheetNames() {
    }

    static String unique(Workbook workbook, String wanted) {
        String base = cleaned(wanted);
        String name = cut(base, MAX_LENGTH);
        for (int copy = 2; taken(workbook, name); copy++) {
            String suffix = " (" + copy + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    private static boolean taken(Workbook workbook, String name) {
        return workbook.getSheetIndex(name) >= 0 || "History".equalsIgnoreCase(name);
    }

    private static String cleaned(String text) {
        String cleaned = SPACES.matcher(FORBIDDEN.matcher(text == null ? "" : text).replaceAll("_")).replaceAll(" ")
                .strip();
        while (cleaned.startsWith("'")) {
            cleaned = cleaned.substring(1).strip();
        }
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return trimmed(text);
        }
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return trimmed(text.substring(0, end));
    }

    private static String trimmed(String text) {
        String trimmed = text.strip();
        while (trimmed.endsWith("'")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed.isEmpty() ? "_" : trimmed;
    }
}
