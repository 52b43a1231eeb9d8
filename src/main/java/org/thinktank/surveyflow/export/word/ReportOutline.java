package org.thinktank.surveyflow.export.word;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered headings of a report, known before any of it is written: the table of contents lists them at the
 * front and the body writes the same entries further on. Each entry carries the bookmark its contents line links
 * to and its page number is looked up by.
 */
final class ReportOutline {

    /** The numbered sections after the summary, in the order the report has them. */
    static final List<String> NUMBERED_SECTIONS = List.of("background", "method", "findings", "recommendations");
    static final List<String> APPENDICES = List.of("word.sources", "word.attachments", "word.reviews",
            "word.appendix.plan");

    private final List<ReportHeading> entries = new ArrayList<>();
    private final Map<String, ReportHeading> sections = new LinkedHashMap<>();
    private final List<ReportHeading> findings = new ArrayList<>();
    private final List<ReportHeading> appendices = new ArrayList<>();
    private ReportHeading surveyData;

    static ReportOutline of(ReportDocument report, ReportLabels labels) {
        ReportOutline outline = new ReportOutline();
        int number = 0;
        for (String section : NUMBERED_SECTIONS) {
            number++;
            outline.sections.put(section, outline.add(1, number + "　" + labels.get("section." + section)));
            if (section.equals("findings")) {
                for (int i = 0; i < report.findings().size(); i++) {
                    outline.findings.add(outline.add(2, number + "." + (i + 1) + "　" + report.findings().get(i).title()));
                }
                if (!report.surveyTables().isEmpty()) {
                    outline.surveyData = outline.add(2, number + "." + (report.findings().size() + 1) + "　"
                            + labels.get("word.survey.section"));
                }
            }
        }
        for (int i = 0; i < APPENDICES.size(); i++) {
            outline.appendices.add(outline.add(1, labels.appendix(i, labels.get(APPENDICES.get(i)))));
        }
        return outline;
    }

    private ReportHeading add(int level, String text) {
        ReportHeading entry = new ReportHeading(level, text, "_Toc" + (100_001 + entries.size()));
        entries.add(entry);
        return entry;
    }

    List<ReportHeading> entries() {
        return List.copyOf(entries);
    }

    ReportHeading section(String name) {
        return sections.get(name);
    }

    ReportHeading finding(int index) {
        return findings.get(index);
    }

    /** The subsection of the findings holding the questionnaire tables; null when the report has none. */
    ReportHeading surveyData() {
        return surveyData;
    }

    ReportHeading appendix(int index) {
        return appendices.get(index);
    }
}
