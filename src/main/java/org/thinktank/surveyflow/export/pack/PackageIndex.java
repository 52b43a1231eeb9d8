package org.thinktank.surveyflow.export.pack;

import java.util.List;
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

    static String html(Meeting meeting, List<PackagedReport> reports, Set<String> pdfEntries, @Nullable String pdfNote) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><title>%1$s</title></head>
                <body>
                <h1>%1$s</h1>
                <p>调研报告 Published study reports: %2$d · <a href="%3$s">会议工作簿 Meeting workbook</a></p>
                %4$s<table border="1">
                <tr><th>调研 Survey</th><th>主题 Topic</th><th>地区 Region</th><th>负责人 Lead</th><th>版本 Version</th><th>文件 File</th></tr>
                """.formatted(escape(meeting.code() + " " + meeting.name()), reports.size(), MeetingPackage.WORKBOOK_ENTRY,
                        pdfNote == null ? "" : "<p class=\"pdf-missing\">" + escape(pdfNote) + "</p>\n"));
        for (PackagedReport report : reports) {
            page.append("<tr><td>").append(escape(report.survey().businessKey()))
                    .append("</td><td>").append(escape(report.survey().topic()))
                    .append("</td><td>").append(escape(report.survey().region()))
                    .append("</td><td>").append(escape(report.survey().lead()))
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
