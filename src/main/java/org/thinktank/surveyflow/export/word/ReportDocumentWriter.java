package org.thinktank.surveyflow.export.word;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;

/**
 * Writes a frozen version of a study report as a Word document on its template, in the order of a government
 * research report: cover, summary, contents, numbered sections (the findings with their numbered tables, charts and
 * photos, then the questionnaire data chosen for the report), then the appendices: sources, attachments, the review summary with the approval, and the approved survey
 * plan.
 */
@Component
public class ReportDocumentWriter {

    private static final List<Integer> FIGURE_COLUMNS = List.of(6, 3, 2);
    private static final List<Integer> ATTACHMENT_COLUMNS = List.of(5, 5, 2, 2);
    private static final List<Integer> REVIEW_COLUMNS = List.of(5, 2, 2, 2, 2, 4);
    private static final List<Integer> SITE_COLUMNS = List.of(8, 4, 4);

    private final ReportTemplate template;
    private final MessageSource messages;

    public ReportDocumentWriter(ReportTemplate template, MessageSource messages) {
        this.template = template;
        this.messages = messages;
    }

    /** The headings of the report, with the bookmarks its table of contents links to. */
    public List<ReportHeading> outline(ReportDocument report) {
        return ReportOutline.of(report, labels(report)).entries();
    }

    public void write(ReportDocument report, OutputStream out) throws IOException {
        write(report, TocPages.UNKNOWN, out);
    }

    /** Writes the report with its table of contents showing {@code pages}. */
    public void write(ReportDocument report, TocPages pages, OutputStream out) throws IOException {
        write(report, pages, false, out);
    }

    /**
     * Writes the report for LibreOffice to lay out (to PDF, or to find its page numbers). LibreOffice 7 draws a
     * character grid narrower than the font (the official-document layout fits 28 characters of 三号 on a line by
     * such a grid) as two cells a character, halving the characters on a line; there the grid keeps its lines only.
     */
    public void writeForLibreOffice(ReportDocument report, TocPages pages, OutputStream out) throws IOException {
        write(report, pages, true, out);
    }

    private void write(ReportDocument report, TocPages pages, boolean forLibreOffice, OutputStream out)
            throws IOException {
        ReportLabels labels = labels(report);
        try (XWPFDocument document = (report.template() == null ? template : report.template()).open()) {
            if (forLibreOffice) {
                linesOnlyGrid(document);
            }
            new Writing(document, report, labels).write(pages);
            DocumentProperties.set(document, report, labels);
            RunPropertiesOrder.normalize(document);
            document.write(out);
        }
    }

    private static void linesOnlyGrid(XWPFDocument document) {
        for (XmlObject grid : document.getDocument().selectPath(
                "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:docGrid")) {
            CTDocGrid docGrid = (CTDocGrid) grid;
            if (docGrid.getType() == STDocGrid.LINES_AND_CHARS || docGrid.getType() == STDocGrid.SNAP_TO_CHARS) {
                docGrid.setType(STDocGrid.LINES);
                if (docGrid.isSetCharSpace()) {
                    docGrid.unsetCharSpace();
                }
            }
        }
    }

    private ReportLabels labels(ReportDocument report) {
        return new ReportLabels(messages, report.locale() == null ? Locale.SIMPLIFIED_CHINESE : report.locale());
    }

    /** One report being written: the document, its labels, and the running numbers of tables and figures. */
    private static final class Writing {

        private final XWPFDocument document;
        private final ReportDocument report;
        private final ReportLabels labels;
        private final ReportOutline outline;
        private final Captions captions;
        private final ReportImages images;
        private final MarkdownToWord markdown;
        private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
        private int bookmarkId;

        Writing(XWPFDocument document, ReportDocument report, ReportLabels labels) {
            this.document = document;
            this.report = report;
            this.labels = labels;
            this.outline = ReportOutline.of(report, labels);
            this.captions = new Captions(labels.get("word.table"), labels.get("word.figure"));
            this.images = new ReportImages(report.attachments());
            this.markdown = new MarkdownToWord(document, captions, images, labels.get("export.markdown.image"));
            report.findings().stream().map(Finding::sources).filter(CoverPage::hasText).map(String::strip)
                    .forEach(source -> sourceNumbers.putIfAbsent(source, sourceNumbers.size() + 1));
        }

        void write(TocPages pages) {
            Map<String, String> cover = CoverPage.values(report, labels);
            boolean laidOut = CoverPlaceholders.namesOnCover(document).contains("title");
            CoverPlaceholders.fill(document, cover, report.thinkTank().logo());
            if (!laidOut) {
                CoverPage.write(document, cover, labels);
            }
            summary();
            TableOfContents.write(document, outline, pages, labels);
            Map<String, String> sections = report.sections().byName();
            for (String section : ReportOutline.NUMBERED_SECTIONS) {
                heading(outline.section(section));
                markdown.render(sections.get(section));
                if (section.equals("findings")) {
                    findings();
                }
            }
            sources();
            attachments();
            reviewsAndApproval();
            plan();
        }

        private void summary() {
            WordText.paragraph(document, "TOCHeading", labels.get("word.summary"));
            markdown.render(report.sections().summary());
            WordText.pageBreak(document);
        }

        private void heading(ReportHeading entry) {
            XWPFParagraph heading = WordText.paragraph(document, "Heading" + entry.level());
            var start = heading.getCTP().addNewBookmarkStart();
            start.setName(entry.bookmark());
            start.setId(java.math.BigInteger.valueOf(++bookmarkId));
            WordText.run(heading, entry.text());
            heading.getCTP().addNewBookmarkEnd().setId(java.math.BigInteger.valueOf(bookmarkId));
        }

        private void findings() {
            for (int i = 0; i < report.findings().size(); i++) {
                Finding finding = report.findings().get(i);
                heading(outline.finding(i));
                facts(finding);
                markdown.render(finding.evidence());
                if (CoverPage.hasText(finding.recommendation())) {
                    labelled(labels.get("word.finding.recommendation"), finding.recommendation());
                }
                if (CoverPage.hasText(finding.sources())) {
                    labelled(labels.get("word.finding.sources"), "[" + sourceNumbers.get(finding.sources().strip()) + "]");
                }
                figures(finding);
                photos(finding);
            }
            if (outline.surveyData() != null) {
                heading(outline.surveyData());
                new SurveyTables(document, captions, labels).write(report.surveyTables());
            }
        }

        private void facts(Finding finding) {
            XWPFParagraph facts = WordText.paragraph(document, null);
            fact(facts, labels.get("word.finding.method"), labels.method(finding.method()));
            fact(facts, labels.get("word.finding.place"), finding.place());
            fact(facts, labels.get("word.finding.observedOn"), labels.date(finding.observedOn()));
        }

        private void fact(XWPFParagraph paragraph, String label, String value) {
            if (!paragraph.getRuns().isEmpty()) {
                WordText.run(paragraph, "　");
            }
            WordText.bold(paragraph, label + CoverPage.colon(label));
            WordText.run(paragraph, value == null ? "" : value);
        }

        private void labelled(String label, String text) {
            XWPFParagraph paragraph = WordText.paragraph(document, null);
            WordText.bold(paragraph, label + CoverPage.colon(label));
            WordText.run(paragraph, text);
        }

        private void figures(Finding finding) {
            if (finding.figures().isEmpty()) {
                return;
            }
            captions.table(document, labels.get("word.figures.caption", finding.title()));
            XWPFTable table = WordTables.table(document, List.of(labels.get("word.figures.name"),
                            labels.get("word.figures.value"), labels.get("word.figures.unit")),
                    finding.figures().stream().map(figure -> List.of(figure.name(), plain(figure), figure.unit())).toList(),
                    FIGURE_COLUMNS);
            table.getRows().forEach(row -> row.getCell(1).getParagraphs().get(0).setAlignment(ParagraphAlignment.RIGHT));
            WordText.paragraph(document, null);
            List<Figure> comparable = FigureChart.comparable(finding.figures());
            if (!comparable.isEmpty()) {
                String unit = comparable.get(0).unit();
                FigureChart.write(document, comparable, unit.isBlank() ? labels.get("word.figures.value") : unit);
                captions.figure(document, unit.isBlank() ? finding.title()
                        : labels.get("word.figures.chart", finding.title(), unit));
            }
        }

        private void photos(Finding finding) {
            long maxWidth = Math.min(MarkdownPictures.MAX_WIDTH_EMU, Pictures.textWidthEmu(document));
            for (ReportAttachment attachment : report.attachments()) {
                if (attachment.findingId() == finding.id() && attachment.isPhoto() && !images.placed(attachment)
                        && Pictures.embed(document, attachment.content(), attachment.fileName(), maxWidth,
                        MarkdownPictures.MAX_HEIGHT_EMU)) {
                    captions.figure(document, labels.get("word.photo", baseName(attachment.fileName()), finding.title()));
                }
            }
        }

        private void sources() {
            WordText.pageBreak(document);
            heading(outline.appendix(0));
            if (sourceNumbers.isEmpty()) {
                WordText.paragraph(document, null, labels.get("word.sources.none"));
            }
            sourceNumbers.forEach((source, number) -> WordText.paragraph(document, null, "[" + number + "] " + source));
        }

        private void attachments() {
            heading(outline.appendix(1));
            if (report.attachments().isEmpty()) {
                WordText.paragraph(document, null, labels.get("word.attachments.none"));
                return;
            }
            Map<Long, String> findingTitles = new LinkedHashMap<>();
            report.findings().forEach(finding -> findingTitles.put(finding.id(), finding.title()));
            List<List<String>> rows = new ArrayList<>();
            for (ReportAttachment attachment : report.attachments()) {
                rows.add(List.of(attachment.fileName(), findingTitles.getOrDefault(attachment.findingId(), ""),
                        extension(attachment.fileName()), size(attachment.sizeBytes())));
            }
            captions.table(document, labels.get("word.attachments"));
            WordTables.table(document, List.of(labels.get("word.attachments.file"),
                    labels.get("word.attachments.finding"), labels.get("word.attachments.type"),
                    labels.get("word.attachments.size")), rows, ATTACHMENT_COLUMNS);
        }

        private void reviewsAndApproval() {
            WordText.pageBreak(document);
            heading(outline.appendix(2));
            if (report.reviews().isEmpty()) {
                WordText.paragraph(document, null, labels.get("word.reviews.none"));
            } else {
                captions.table(document, labels.get("word.reviews.caption"));
                WordTables.table(document,
                        List.of(labels.get("word.reviews.reviewer"), labels.get("word.reviews.relevance"),
                                labels.get("word.reviews.evidence"), labels.get("word.reviews.feasibility"),
                                labels.get("word.reviews.clarity"), labels.get("word.reviews.recommendation")),
                        report.reviews().stream().map(review -> List.of(review.reviewer(),
                                String.valueOf(review.relevance()), String.valueOf(review.evidence()),
                                String.valueOf(review.feasibility()), String.valueOf(review.clarity()),
                                labels.recommendation(review.recommendation()))).toList(),
                        REVIEW_COLUMNS);
                WordText.paragraph(document, null);
            }
            SignOff approval = report.approval();
            if (approval == null) {
                WordText.paragraph(document, null, labels.get("word.approval.none"));
            } else {
                labelled(labels.get("word.approval.by"), approval.approvedBy());
                labelled(labels.get("word.approval.on"), labels.dateTime(approval.approvedAt()));
            }
        }

        private void plan() {
            WordText.pageBreak(document);
            heading(outline.appendix(3));
            PlanAppendix plan = report.plan();
            if (plan == null) {
                WordText.paragraph(document, null, labels.get("plan.appendix.none"));
                return;
            }
            WordText.paragraph(document, null, labels.get("plan.appendix.version", plan.version(),
                    labels.date(plan.approvedOn())));
            labelled(labels.get("field.objectives"), plan.objectives());
            labelled(labels.get("field.researchQuestions"), plan.researchQuestions());
            if (!plan.sites().isEmpty()) {
                captions.table(document, labels.get("field.sites"));
                WordTables.table(document, List.of(labels.get("plan.sites.place"), labels.get("plan.site.from"),
                        labels.get("plan.site.to")), plan.sites().stream().map(site -> List.of(site.place(),
                        labels.date(site.startsOn()), labels.date(site.endsOn()))).toList(), SITE_COLUMNS);
            }
            labelled(labels.get("field.interviewees"), plan.interviewees());
            labelled(labels.get("field.methods"), plan.methods());
            labelled(labels.get("field.schedule"), plan.schedule());
            if (plan.questionnaire() != null) {
                labelled(labels.get("field.questionnaire"), plan.questionnaire());
            }
        }

        private static String plain(Figure figure) {
            return figure.value().stripTrailingZeros().toPlainString();
        }

        private static String baseName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return dot > 0 ? fileName.substring(0, dot) : fileName;
        }

        private static String extension(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return dot > 0 ? fileName.substring(dot + 1).toUpperCase(Locale.ROOT) : "";
        }

        private static String size(long bytes) {
            if (bytes < 1024) {
                return bytes + " B";
            }
            return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
    }
}
