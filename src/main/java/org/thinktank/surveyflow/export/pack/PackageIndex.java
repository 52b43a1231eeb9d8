package org.thinktank.surveyflow.export.pack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;

import org.springframework.lang.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;
import org.thinktank.surveyflow.meeting.Meeting;

/**
 * The package's index.html: a UTF-8 page listing each published report with links to its files in the package, and
 * a note when PDFs are missing.
 */
final class PackageIndex {

    private PackageIndex() {
    }

    /**
     * @param leads the lead's display name by the report's entry name
     * @param words the page's words in the reader's language, by message key
     */
    static String html(Meeting meeting, List<PackagedReport> reports, Map<String, String> leads, Set<String> pdfEntries,
                       @Nullable String pdfNote, Locale locale, Function<String, String> words) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="%5$s">
                <head><meta charset="utf-8"><title>%1$s</title></head>
                <body>
                <h1>%1$s</h1>
                <p>%6$s%2$d · <a href="%3$s">%7$s</a> · <a href="%14$s">%15$s</a></p>
                %4$s<table border="1">
                <tr><th>%8$s</th><th>%9$s</th><th>%10$s</th><th>%11$s</th><th>%12$s</th><th>%13$s</th></tr>
                """.formatted(escape(meeting.code() + " " + meeting.name()), reports.size(), MeetingPackage.WORKBOOK_ENTRY,
                        pdfNote == null ? "" : "<p class=\"pdf-missing\">" + escape(pdfNote) + "</p>\n",
                        locale.toLanguageTag(), escape(words.apply("package.index.reports")),
                        escape(words.apply("package.index.workbook")), escape(words.apply("package.index.survey")),
                        escape(words.apply("package.index.topic")), escape(words.apply("package.index.region")),
                        escape(words.apply("package.index.lead")), escape(words.apply("package.index.version")),
                        escape(words.apply("package.index.files")), MeetingPackage.PROGRAMME_ENTRY,
                        escape(words.apply("package.index.programme"))));
        for (PackagedReport report : reports) {
            page.append("<tr><td>").append(escape(report.survey().businessKey()))
                    .append("</td><td>").append(escape(report.survey().topic()))
                    .append("</td><td>").append(escape(report.survey().region()))
                    .append("</td><td>").append(escape(leads.getOrDefault(report.entryName(), report.survey().lead())))
                    .append("</td><td>").append(report.version())
                    .append("</td><td>").append(fileLink(report.entryName()));
            if (pdfEntries.contains(report.pdfEntryName())) {
                page.append(" · ").append(fileLink(report.pdfEntryName()));
            }
            page.append("</td></tr>\n");
        }
        return page.append("</table>\n</body>\n</html>\n").toString();
    }

    private static String fileLink(String entryName) {
        return "<a href=\"" + link(entryName) + "\">" + escape(entryName) + "</a>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String link(String entryName) {
        int slash = entryName.lastIndexOf('/');
        return entryName.substring(0, slash + 1) + UriUtils.encodePathSegment(entryName.substring(slash + 1), "UTF-8");
    }
}
