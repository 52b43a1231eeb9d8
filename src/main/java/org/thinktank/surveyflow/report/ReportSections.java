package org.thinktank.surveyflow.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

/** The five sections of a study report, in Markdown. A draft may leave sections empty; a submitted version may not. */
public record ReportSections(
        @Size(max = 100_000) String summary,
        @Size(max = 100_000) String background,
        @Size(max = 100_000) String method,
        @Size(max = 100_000) String findings,
        @Size(max = 100_000) String recommendations) {

    public ReportSections {
        summary = orEmpty(summary);
        background = orEmpty(background);
        method = orEmpty(method);
        findings = orEmpty(findings);
        recommendations = orEmpty(recommendations);
    }

    public static ReportSections empty() {
        return new ReportSections("", "", "", "", "");
    }

    /** The sections by name, in report order. */
    public Map<String, String> byName() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("summary", summary);
        sections.put("background", background);
        sections.put("method", method);
        sections.put("findings", findings);
        sections.put("recommendations", recommendations);
        return sections;
    }

    List<String> blankSections() {
        List<String> blank = new ArrayList<>();
        byName().forEach((name, text) -> {
            if (text.isBlank()) {
                blank.add(name);
            }
        });
        return blank;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
