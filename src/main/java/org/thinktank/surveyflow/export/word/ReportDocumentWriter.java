package org.thinktank.surveyflow.export.word;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;

/**
 * Writes a frozen version of a study report as a Word document on the report template: cover page, table of
 * contents (a field Word updates), numbered sections with each finding and its figures, an appendix of sources,
 * and a last page with the review summary and the approval sign-off.
 */
@Component
public class ReportDocumentWriter {

    private static final Map<String, String> SECTION_TITLES = Map.of(
            "summary", "摘要 Summary",
            "background", "背景 Background",
            "method", "方法 Method",
            "findings", "发现 Findings",
            "recommendations", "建议 Recommendations");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportTemplate template;

    public ReportDocumentWriter(ReportTemplate template) {
        this.template = template;
    }

    public void write(ReportDocument report, OutputStream out) throws IOException {
        try (XWPFDocument document = template.open()) {
            cover(document, report);
            tableOfContents(document);
            sections(document, report);
            sources(document, report.findings());
            reviewsAndSignOff(document, report);
            RunPropertiesOrder.normalize(document);
            document.write(out);
        }
    }

    private static void cover(XWPFDocument document, ReportDocument report) {
        WordText.paragraph(document, "Title", report.topic());
        WordText.paragraph(document, "Subtitle", "调研报告 Study report");
        coverLine(document, "会议 Meeting", report.meeting());
        coverLine(document, "调研 Investigation", report.surveyKey());
        coverLine(document, "主题 Topic", report.topic());
        coverLine(document, "地区 Region", report.region());
        coverLine(document, "团队 Team", String.join(", ", report.team()));
        coverLine(document, "版本 Version", String.valueOf(report.version()));
        coverLine(document, "状态 Status", report.statusLabel());
        coverLine(document, "日期 Date", report.date() == null ? "" : report.date().toString());
        WordText.pageBreak(document);
    }

    private static void coverLine(XWPFDocument document, String label, String value) {
        XWPFParagraph line = WordText.paragraph(document, null);
        WordText.bold(line, label + ": ");
        WordText.run(line, value);
    }

    private static void tableOfContents(XWPFDocument document) {
        WordText.paragraph(document, "TOCHeading", "目录 Contents");
        WordText.field(WordText.paragraph(document, null), "TOC \\o \"1-3\" \\h \\z \\u",
                "右键单击并选择“更新域”以生成目录。 Right-click and choose Update Field to build the table of contents.");
        WordText.pageBreak(document);
    }

    private static void sections(XWPFDocument document, ReportDocument report) {
        MarkdownToWord markdown = new MarkdownToWord(document, new Captions("表", "图"), MarkdownImages.NONE, "图片");
        int number = 0;
        for (Map.Entry<String, String> section : report.sections().byName().entrySet()) {
            number++;
            WordText.paragraph(document, "Heading1", number + " " + SECTION_TITLES.get(section.getKey()));
            markdown.render(section.getValue());
            if (section.getKey().equals("findings")) {
                findings(document, number, report.findings());
            }
        }
    }

    private static void findings(XWPFDocument document, int sectionNumber, List<Finding> findings) {
        int number = 0;
        for (Finding finding : findings) {
            number++;
            WordText.paragraph(document, "Heading2", sectionNumber + "." + number + " " + finding.title());
            labelled(document, "方法 Method", finding.method().name());
            labelled(document, "地点 Place", finding.place());
            labelled(document, "日期 Observed on", String.valueOf(finding.observedOn()));
            labelled(document, "证据 Evidence", finding.evidence());
            if (hasText(finding.recommendation())) {
                labelled(document, "建议 Recommendation", finding.recommendation());
            }
            if (!finding.figures().isEmpty()) {
                WordTables.table(document, List.of("指标 Figure", "数值 Value", "单位 Unit"),
                        finding.figures().stream().map(ReportDocumentWriter::figureRow).toList());
                WordText.paragraph(document, null);
            }
        }
    }

    private static List<String> figureRow(Figure figure) {
        return List.of(figure.name(), figure.value().toPlainString(), figure.unit());
    }

    private static void labelled(XWPFDocument document, String label, String text) {
        XWPFParagraph paragraph = WordText.paragraph(document, null);
        WordText.bold(paragraph, label + ": ");
        WordText.run(paragraph, text);
    }

    private static void sources(XWPFDocument document, List<Finding> findings) {
        WordText.paragraph(document, "Heading1", "附录 来源 Appendix: Sources");
        Set<String> sources = new LinkedHashSet<>();
        findings.stream().map(Finding::sources).filter(ReportDocumentWriter::hasText).map(String::strip)
                .forEach(sources::add);
        if (sources.isEmpty()) {
            WordText.paragraph(document, null, "无 None");
        }
        int number = 0;
        for (String source : sources) {
            WordText.paragraph(document, null, "[" + (++number) + "] " + source);
        }
    }

    private static void reviewsAndSignOff(XWPFDocument document, ReportDocument report) {
        WordText.pageBreak(document);
        WordText.paragraph(document, "Heading1", "评审摘要 Review summary");
        if (report.reviews().isEmpty()) {
            WordText.paragraph(document, null, "本版本尚无评审。 No reviews of this version yet.");
        } else {
            WordTables.table(document,
                    List.of("评审人 Reviewer", "相关性 Relevance", "证据 Evidence", "可行性 Feasibility",
                            "清晰度 Clarity", "建议 Recommendation"),
                    report.reviews().stream().map(review -> List.of(review.reviewer(),
                            String.valueOf(review.relevance()), String.valueOf(review.evidence()),
                            String.valueOf(review.feasibility()), String.valueOf(review.clarity()),
                            review.recommendation().name())).toList());
        }
        WordText.paragraph(document, "Heading1", "批准 Approval");
        SignOff approval = report.approval();
        XWPFParagraph signOff = WordText.paragraph(document, null);
        if (approval == null) {
            WordText.run(signOff, "本版本未获批准。 This version has not been approved.");
        } else {
            WordText.bold(signOff, "批准人 Approved by: ");
            WordText.run(signOff, approval.approvedBy());
            signOff.createRun().addBreak();
            WordText.bold(signOff, "批准时间 Approved on: ");
            WordText.run(signOff, DATE_TIME.format(approval.approvedAt()));
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
