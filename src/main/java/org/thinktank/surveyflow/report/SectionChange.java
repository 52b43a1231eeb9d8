package org.thinktank.surveyflow.report;

/**
 * One report section compared between two versions. {@code before} and {@code after} are HTML-escaped text with
 * removed words in {@code <del>} and added words in {@code <ins>}.
 */
public record SectionChange(String section, boolean changed, String before, String after) {
}
