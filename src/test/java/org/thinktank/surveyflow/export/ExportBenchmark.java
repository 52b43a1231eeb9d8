package org.thinktank.surveyflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.thinktank.surveyflow.export.excel.FindingRow;
import org.thinktank.surveyflow.export.excel.MeetingWorkbook;
import org.thinktank.surveyflow.export.excel.MeetingWorkbookWriter;
import org.thinktank.surveyflow.export.excel.ReviewRow;
import org.thinktank.surveyflow.export.excel.SurveyRow;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReportDocumentWriter;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingStatus;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.workflow.TimelineTask;

/**
 * Times the exports against bare POI writes of the same content, with the app's own writer classes on data made
 * in memory; not part of the test suite. The bare workbook writes the same streamed cells (Findings with one row per
 * figure on Figures) without words, styles, row heights or the analysis sheets. Run {@code scripts/benchmark-exports.sh} (it runs this under -Xmx256m).
 * Prints, per case, the best wall time of a few runs and the peak heap used while it ran.
 */
public final class ExportBenchmark {

    private static final int SURVEYS = 100;
    private static final int REPORT_TABLES = 50;
    private static final int REPORT_PARAGRAPHS_PER_SECTION = 400;

    public static void main(String[] args) throws Exception {
        System.out.printf("max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        MeetingWorkbookWriter workbookWriter = new MeetingWorkbookWriter();
        measure("warm-up", 3, () -> workbookWriter.write(workbook(1_000), new Discard()));
        measure("warm-up", 3, () -> bareWorkbook(workbook(1_000), new Discard()));
        for (int findings : new int[] {1_000, 10_000, 100_000}) {
            int runs = findings >= 100_000 ? 3 : 5;
            Result bare = measure("bare SXSSF, " + findings + " findings", runs,
                    () -> bareWorkbook(workbook(findings), new Discard()));
            Result styled = measure("meeting workbook, " + findings + " findings", runs,
                    () -> workbookWriter.write(workbook(findings), new Discard()));
            System.out.printf("  workbook/bare = %.2f (target <= 1.30)%n", styled.millis / (double) bare.millis);
        }
        ReportDocumentWriter reportWriter = SampleExports.reportWriter();
        ReportDocument report = longReport();
        // the report takes a fraction of a second: warm both paths up well, then take the best of many runs
        measure("warm-up", 10, () -> reportWriter.write(report, new Discard()));
        measure("warm-up", 10, () -> bareReport(report, new Discard()));
        Result bare = measure("bare XWPF, ~200-page report with " + REPORT_TABLES + " tables", 15,
                () -> bareReport(report, new Discard()));
        Result styled = measure("study report, ~200 pages with " + REPORT_TABLES + " tables", 15,
                () -> reportWriter.write(report, new Discard()));
        // the bare write has no cover, contents, captions, fields, bookmarks or Markdown: the ratio is shown, the
        // target is the time a reader waits for a 200-page report
        System.out.printf("  report/bare = %.2f; report %d ms (target <= %d ms)%n", styled.millis / (double) bare.millis,
                styled.millis, REPORT_TARGET_MILLIS);
    }

    // ---- content ----

    public static MeetingWorkbook workbook(int findings) {
        List<SurveyRow> surveys = IntStream.range(0, SURVEYS).mapToObj(i -> SampleExports.survey("AM21-" + i,
                SurveyStage.values()[i % SurveyStage.values().length], LocalDate.of(2026, 6, 1 + i % 28), i % 3 == 0))
                .toList();
        Iterable<FindingRow> rows = () -> IntStream.range(0, findings).mapToObj(i -> new FindingRow(
                "AM21-" + (i % SURVEYS), "哈尔滨", SampleExports.finding(i, "发现 Finding " + i, "省统计局 2026"))).iterator();
        Iterable<ReviewRow> reviews = () -> IntStream.range(0, SURVEYS * 2).mapToObj(i -> new ReviewRow(
                "AM21-" + (i % SURVEYS), "哈尔滨", SampleExports.review("zhou.qiang", "保密"))).iterator();
        Iterable<TimelineTask> tasks = () -> IntStream.range(0, SURVEYS * 6)
                .mapToObj(i -> SampleExports.task("Submit findings", "li.wei")).iterator();
        MeetingWorkbook sample = SampleExports.workbook(List.of(), true);
        return new MeetingWorkbook("AM21", "第二十一届学术年会", sample.zone(), sample.generatedAt(), sample.language(),
                sample.people(), surveys, rows, reviews, tasks, List.of(), true);
    }

    private static final long REPORT_TARGET_MILLIS = 2_000;

    public static ReportDocument longReport() {
        String paragraph = "数字经济是推动高质量发展的重要引擎。The survey interviewed **212 companies** in Harbin and "
                + "Daqing about cloud adoption, data skills and financing; 受访企业普遍反映人才短缺、融资困难。";
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < REPORT_PARAGRAPHS_PER_SECTION; i++) {
            markdown.append(i % 10 == 9 ? "- " : "").append(paragraph).append(i).append("\n\n");
        }
        String section = markdown.toString();
        List<Finding> findings = IntStream.range(0, REPORT_TABLES).mapToObj(i -> new Finding(i, 1, "li.wei",
                "发现 Finding " + i, FieldMethod.INTERVIEW, "哈尔滨", LocalDate.of(2026, 4, 18), paragraph, paragraph,
                "来源 Source " + i, FindingStatus.SUBMITTED,
                IntStream.range(0, 12).mapToObj(f -> new Figure("指标 Figure " + f, BigDecimal.valueOf(f * 10.5), "%")).toList(),
                SampleExports.NOW, SampleExports.NOW, SampleExports.NOW)).toList();
        return SampleExports.approvedReport()
                .withContent(new ReportSections(section, section, section, section, section), findings);
    }

    // ---- the bare baselines: the same cells and paragraphs with no styling ----

    static void bareWorkbook(MeetingWorkbook book, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet summary = workbook.createSheet("Summary");
            for (int i = 0; i < SurveyStage.values().length + 4; i++) {
                Row row = summary.createRow(i);
                row.createCell(0).setCellValue("Stage " + i);
                row.createCell(1).setCellValue(i);
            }
            Sheet surveys = workbook.createSheet("Surveys");
            int r = 0;
            for (SurveyRow s : book.surveys()) {
                cells(surveys.createRow(r++), s.key(), s.topic(), s.region(), s.lead(), String.join(", ", s.team()),
                        String.join(", ", s.reviewers()), s.stage().name(), s.stageEnteredAt(), s.due(), s.overdue(),
                        1.0, 2.0, 3.0, 4.0, 5.0);
            }
            Sheet findings = workbook.createSheet("Findings");
            Sheet figures = workbook.createSheet("Figures");
            r = 0;
            int figureRow = 0;
            for (FindingRow row : book.findings()) {
                Finding f = row.finding();
                cells(findings.createRow(r++), row.surveyKey(), row.region(), f.id(), f.title(), f.author(),
                        f.method().name(), f.place(), f.observedOn(), f.evidence(), f.recommendation(), f.sources(),
                        f.figures().size(), f.submittedAt());
                for (Figure g : f.figures()) {
                    cells(figures.createRow(figureRow++), row.surveyKey(), "topic", row.region(), f.id(), f.title(),
                            f.method().name(), g.name(), g.value(), g.unit());
                }
            }
            Sheet reviews = workbook.createSheet("Reviews");
            r = 0;
            for (ReviewRow row : book.reviews()) {
                var v = row.review();
                cells(reviews.createRow(r++), row.surveyKey(), row.region(), v.versionNumber(), v.reviewer(),
                        v.relevance(), v.evidence(), v.feasibility(), v.clarity(), 4.0, v.recommendation().name(),
                        v.commentsForAuthors(), v.submittedAt(), v.confidentialComments());
            }
            Sheet timeline = workbook.createSheet("Timeline");
            r = 0;
            for (TimelineTask t : book.timeline()) {
                cells(timeline.createRow(r++), t.businessKey(), t.name(), t.assignee(), t.started(), t.ended(), 1.0,
                        t.due(), true);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            var cell = row.createCell(i);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
            } else if (value instanceof java.time.Instant instant) {
                cell.setCellValue(java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            }
        }
    }

    /** The same paragraphs, runs, bold text, headings and tables, without template, fonts or Markdown parsing. */
    static void bareReport(ReportDocument report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            bareParagraph(document, "Title", report.topic());
            for (String section : report.sections().byName().values()) {
                bareParagraph(document, "Heading1", "Section");
                for (String paragraph : section.split("\n\n")) {
                    XWPFParagraph p = document.createParagraph();
                    if (paragraph.startsWith("- ")) {
                        p.createRun().setText("•\t");
                        paragraph = paragraph.substring(2);
                    }
                    String[] parts = paragraph.split("\\*\\*");
                    for (int i = 0; i < parts.length; i++) {
                        XWPFRun run = p.createRun();
                        run.setText(parts[i]);
                        if (i % 2 == 1) {
                            run.setBold(true);
                        }
                    }
                }
            }
            for (Finding finding : report.findings()) {
                bareParagraph(document, "Heading2", finding.title());
                for (String line : List.of(finding.method().name(), finding.place(), finding.observedOn().toString(),
                        finding.evidence(), finding.recommendation())) {
                    XWPFParagraph p = document.createParagraph();
                    XWPFRun label = p.createRun();
                    label.setText("Label: ");
                    label.setBold(true);
                    p.createRun().setText(line);
                }
                XWPFTable table = document.createTable(finding.figures().size() + 1, 3);
                for (int c = 0; c < 3; c++) {
                    XWPFRun header = table.getRow(0).getCell(c).getParagraphs().get(0).createRun();
                    header.setText("Header");
                    header.setBold(true);
                }
                for (int r = 0; r < finding.figures().size(); r++) {
                    Figure figure = finding.figures().get(r);
                    table.getRow(r + 1).getCell(0).setText(figure.name());
                    table.getRow(r + 1).getCell(1).setText(figure.value().toPlainString());
                    table.getRow(r + 1).getCell(2).setText(figure.unit());
                }
            }
            document.write(out);
        }
    }

    private static void bareParagraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
    }

    // ---- measuring ----

    interface Work {
        void run() throws Exception;
    }

    record Result(long millis, long peakHeapMb) {
    }

    static Result measure(String name, int runs, Work work) throws Exception {
        long best = Long.MAX_VALUE;
        long peak = 0;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int run = 0; run < runs; run++) {
            System.gc();
            AtomicLong highest = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            work.run();
            long millis = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            sampler.join();
            best = Math.min(best, millis);
            peak = Math.max(peak, highest.get() >> 20);
        }
        if (!name.equals("warm-up")) {
            System.out.printf("%-58s %7d ms   peak heap %4d MB%n", name, best, peak);
        }
        return new Result(best, peak);
    }

    /** Counts nothing, keeps nothing: the writers' own work is what is timed. */
    public static final class Discard extends OutputStream {
        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    private ExportBenchmark() {
    }
}
