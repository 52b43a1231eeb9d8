package org.thinktank.surveyflow.questionnaire;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Questionnaire datasets as the survey tools export them, written by the tests: Wenjuanxing (问卷星), KoboToolbox and
 * LimeSurvey layouts of the same answers, so that one set of hand-counted figures checks all three; and large
 * generated files for the memory test and the benchmark.
 *
 * <p>Respondent {@code i} (from 0) answers: region {@link #REGIONS}[i % 4]; age 25 + 5 × (i % 6); services as
 * {@link #services(int)}; information channels website when i is even, WeChat when i % 3 == 0, news always;
 * satisfaction {@link #SATISFACTION}[i % 12] on a 1–5 scale; a suggestion when i is even. With 12 respondents: 3 per
 * region; ages 25…50 twice (mean and median 37.5, sample standard deviation √(875 / 11)); 在线办理 12, 预约服务 8,
 * 咨询热线 4; website 6, WeChat 4, news 12; satisfaction points 1, 2, 3, 4, 5 chosen 1, 1, 4, 5, 1 times (mean 40/12,
 * median 3.5); 6 suggestions.
 */
public final class QuestionnaireFiles {

    public static final List<String> REGIONS = List.of("华东", "华北", "西南", "东北");
    public static final int[] SATISFACTION = {3, 4, 4, 2, 3, 4, 5, 3, 4, 1, 4, 3};
    public static final List<String> SATISFACTION_ZH = List.of("非常不满意", "不满意", "一般", "满意", "非常满意");
    public static final List<String> AGREEMENT_EN = List.of("Strongly disagree", "Disagree",
            "Neither agree nor disagree", "Agree", "Strongly agree");
    public static final Charset GB18030 = Charset.forName("GB18030");

    public static final String WJX_REGION = "1、您所在的地区：";
    public static final String WJX_AGE = "2、您的年龄：";
    public static final String WJX_SERVICES = "3、您使用过哪些政务服务？";
    public static final String WJX_CHANNELS = "4、您通过哪些渠道获取政策信息？";
    public static final String WJX_SATISFACTION = "5、您对本地营商环境的总体评价：";
    public static final String WJX_SUGGESTION = "6、您对改进政务服务有何建议？";
    public static final List<String> WJX_METADATA = List.of("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP");

    private static final String SHEET_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private QuestionnaireFiles() {
    }

    public static String region(int i) {
        return REGIONS.get(i % REGIONS.size());
    }

    public static int age(int i) {
        return 25 + 5 * (i % 6);
    }

    /** 在线办理 always; 预约服务 unless i % 3 == 1; 咨询热线 when i % 3 == 2. */
    public static List<String> services(int i) {
        return switch (i % 3) {
            case 0 -> List.of("在线办理", "预约服务");
            case 1 -> List.of("在线办理");
            default -> List.of("咨询热线", "预约服务", "在线办理");
        };
    }

    public static boolean website(int i) {
        return i % 2 == 0;
    }

    public static boolean weChat(int i) {
        return i % 3 == 0;
    }

    public static int satisfaction(int i) {
        return SATISFACTION[i % SATISFACTION.length];
    }

    /** A suggestion from every second respondent, blank from the others. */
    public static String suggestion(int i) {
        return i % 2 == 0 ? "第" + (i + 1) + "位受访者建议：进一步简化企业开办的审批流程" : "";
    }

    // Wenjuanxing: metadata first, multiple choice both as "A┋B" and as one 0/1 column per option, 总分 last

    public static List<List<String>> wenjuanxingRows(int respondents) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(WJX_METADATA);
        header.addAll(List.of(WJX_REGION, WJX_AGE, WJX_SERVICES, WJX_CHANNELS + "(政府网站)", WJX_CHANNELS + "(微信公众号)",
                WJX_CHANNELS + "(新闻媒体)", WJX_SATISFACTION, WJX_SUGGESTION, "总分"));
        rows.add(header);
        for (int i = 0; i < respondents; i++) {
            rows.add(List.of(String.valueOf(i + 1), "2026/11/" + (10 + i % 20) + " 10:" + (10 + i % 50) + ":05",
                    (60 + i) + "秒", "手机提交", "直接访问", "117.136." + (i % 256) + ".8(江苏-南京)",
                    region(i), String.valueOf(age(i)), String.join("┋", services(i)), tick(website(i)),
                    tick(weChat(i)), "1", SATISFACTION_ZH.get(satisfaction(i) - 1),
                    suggestion(i).isEmpty() ? "(跳过)" : suggestion(i), "0"));
        }
        return rows;
    }

    public static byte[] wenjuanxingXlsx(int respondents) {
        return xlsx(wenjuanxingRows(respondents));
    }

    /** As Wenjuanxing's CSV download writes it: GB18030, no byte-order mark. */
    public static byte[] wenjuanxingCsv(int respondents) {
        return csv(wenjuanxingRows(respondents), GB18030, false);
    }

    // KoboToolbox: a select_multiple is a space-separated summary column then one 0/1 column per option

    public static final String KOBO_REGION = "region";
    public static final String KOBO_AGE = "age";
    public static final String KOBO_SERVICES = "services";
    public static final String KOBO_SATISFACTION = "satisfaction";
    public static final String KOBO_COMMENT = "comment";

    /** KoboToolbox's export with XML names as headers (English) or with its Chinese labels as headers and values. */
    public static List<List<String>> koboRows(int respondents, boolean chineseLabels) {
        List<String> options = chineseLabels ? List.of("在线办理", "预约服务", "咨询热线") : List.of("online", "booking", "hotline");
        String services = chineseLabels ? "使用过的服务" : KOBO_SERVICES;
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("start", "end", "today", "deviceid"));
        header.addAll(chineseLabels ? List.of("地区", "年龄") : List.of(KOBO_REGION, KOBO_AGE));
        header.add(services);
        options.forEach(option -> header.add(services + "/" + option));
        header.addAll(chineseLabels ? List.of("满意度", "意见") : List.of(KOBO_SATISFACTION, KOBO_COMMENT));
        header.addAll(List.of("_id", "_uuid", "_submission_time", "_validation_status", "_index", "__version__",
                "meta/instanceID"));
        rows.add(header);
        List<String> englishRegions = List.of("east", "north", "southwest", "northeast");
        List<String> chineseOptions = List.of("在线办理", "预约服务", "咨询热线");
        for (int i = 0; i < respondents; i++) {
            List<String> row = new ArrayList<>(List.of("2026-11-20T10:00:00.000+08:00", "2026-11-20T10:05:00.000+08:00",
                    "2026-11-20", "enketo.org:abc" + i));
            row.add(chineseLabels ? region(i) : englishRegions.get(i % 4));
            row.add(String.valueOf(age(i)));
            List<String> chosen = services(i).stream().map(s -> options.get(chineseOptions.indexOf(s))).toList();
            row.add(String.join(" ", chosen));
            options.forEach(option -> row.add(tick(chosen.contains(option))));
            row.add(String.valueOf(satisfaction(i)));
            row.add(suggestion(i).isEmpty() ? "" : chineseLabels ? suggestion(i) : "Respondent " + (i + 1)
                    + " suggests fewer forms for opening a business");
            row.addAll(List.of(String.valueOf(1000 + i), "uuid-" + i, "2026-11-20T02:05:00", "", String.valueOf(i + 1),
                    "vQ3x", "uuid:" + i));
            rows.add(row);
        }
        return rows;
    }

    public static byte[] koboXlsx(int respondents, boolean chineseLabels) {
        return xlsx(koboRows(respondents, chineseLabels));
    }

    public static byte[] koboCsv(int respondents, boolean chineseLabels) {
        return csv(koboRows(respondents, chineseLabels), StandardCharsets.UTF_8, true);
    }

    // LimeSurvey: a multiple choice is one Y/blank column per subquestion, Q3[SQ001]

    public static List<List<String>> limeSurveyRows(int respondents) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr",
                "refurl", "Q1", "Q2", "Q3[SQ001]", "Q3[SQ002]", "Q3[SQ003]", "Q4", "Q5"));
        for (int i = 0; i < respondents; i++) {
            List<String> chosen = services(i);
            rows.add(List.of(String.valueOf(i + 1), "2026-11-20 10:05:00", "3", "zh-Hans", String.valueOf(12345 + i),
                    "2026-11-20 10:00:00", "2026-11-20 10:05:00", "10.0.0." + (i % 250), "",
                    region(i), String.valueOf(age(i)), chosen.contains("在线办理") ? "Y" : "",
                    chosen.contains("预约服务") ? "Y" : "", chosen.contains("咨询热线") ? "Y" : "",
                    AGREEMENT_EN.get(satisfaction(i) - 1), suggestion(i)));
        }
        return rows;
    }

    public static byte[] limeSurveyCsv(int respondents) {
        return csv(limeSurveyRows(respondents), StandardCharsets.UTF_8, false);
    }

    private static String tick(boolean ticked) {
        return ticked ? "1" : "0";
    }

    // writers

    /** A workbook of one sheet; cells that look like numbers are numeric cells, as the tools write them. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("Sheet1"), rows);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(List<List<String>> rows, Charset charset, boolean byteOrderMark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCsv(out, rows.iterator(), charset, byteOrderMark);
        return out.toByteArray();
    }

    private static void fill(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            writeRow(sheet.createRow(r), rows.get(r));
        }
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value.isEmpty()) {
                continue;
            }
            if (NUMBER.matcher(value).matches()) {
                row.createCell(c).setCellValue(Double.parseDouble(value));
            } else {
                row.createCell(c).setCellValue(value);
            }
        }
    }

    private static void writeCsv(OutputStream out, Iterator<List<String>> rows, Charset charset,
                                 boolean byteOrderMark) {
        try {
            if (byteOrderMark) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer writer = new OutputStreamWriter(out, charset);
            while (rows.hasNext()) {
                writer.write(String.join(",", rows.next().stream().map(QuestionnaireFiles::quoted).toList()));
                writer.write("\r\n");
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    // large files: Wenjuanxing-like, questions cycling through the five kinds

    /** The header of a generated large dataset: 序号 and 提交答卷时间, then the questions. */
    public static List<String> largeHeader(int questions) {
        List<String> header = new ArrayList<>(List.of("序号", "提交答卷时间"));
        IntStream.rangeClosed(1, questions).forEach(q -> header.add(q + "、" + largeKind(q - 1) + "题" + q));
        return header;
    }

    /** Respondent {@code r}'s row of a generated large dataset. */
    public static List<String> largeRow(int r, int questions) {
        List<String> row = new ArrayList<>(questions + 2);
        row.add(String.valueOf(r + 1));
        row.add("2026/11/20 10:00:00");
        for (int q = 0; q < questions; q++) {
            int v = (r * 31 + q * 17) % 97;
            row.add(switch (q % 5) {
                case 0 -> REGIONS.get(v % 4);
                case 1 -> String.valueOf(1 + v % 5);
                case 2 -> String.valueOf(18 + v % 60);
                case 3 -> String.join("┋", services(v));
                default -> "第" + (r + 1) + "位受访者对第" + (q + 1) + "题的意见：希望加快审批，减少重复提交材料";
            });
        }
        return row;
    }

    private static String largeKind(int q) {
        return List.of("地区", "满意度", "年龄", "服务", "建议").get(q % 5);
    }

    /** A generated dataset of {@code respondents} rows written streaming (SXSSF), as Wenjuanxing's .xlsx. */
    public static Path largeXlsx(Path directory, int respondents, int questions) throws IOException {
        Path file = directory.resolve("large-" + respondents + "x" + questions + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            writeRow(sheet.createRow(0), largeHeader(questions));
            for (int r = 0; r < respondents; r++) {
                writeRow(sheet.createRow(r + 1), largeRow(r, questions));
            }
            workbook.write(out);
            workbook.close();
        }
        return file;
    }

    /** A generated dataset as a GB18030 .csv. */
    public static Path largeCsv(Path directory, int respondents, int questions) throws IOException {
        Path file = directory.resolve("large-" + respondents + "x" + questions + ".csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Iterator<List<String>> rows = IntStream.range(-1, respondents)
                    .mapToObj(r -> r < 0 ? largeHeader(questions) : largeRow(r, questions)).iterator();
            writeCsv(out, rows, GB18030, false);
        }
        return file;
    }

    // files that must be refused

    /** Bytes with no structure at all, the same for the same seed. */
    public static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The start of a PDF, as when a report is uploaded under a dataset's name. */
    public static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(randomBytes(2048, 7));
        out.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A Wenjuanxing workbook whose age of the first respondent is a formula cell, B2 in a header of two columns. */
    public static byte[] formulaXlsx() {
        return withSheet(wenjuanxingXlsx(2), out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"" + SHEET_NAMESPACE + "\"><sheetData>"
                + "<row r=\"1\">" + inlineCell("A1", WJX_REGION) + inlineCell("B1", WJX_AGE) + "</row>"
                + "<row r=\"2\">" + inlineCell("A2", "华东") + "<c r=\"B2\"><f>20+15</f><v>35</v></c></row>"
                + "<row r=\"3\">" + inlineCell("A3", "华北") + "<c r=\"B3\"><v>40</v></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
    }

    private static String inlineCell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A workbook whose sheet inflates from a few kilobytes to {@code megabytes} of XML: a zip bomb. */
    public static byte[] zipBombXlsx(int megabytes) {
        byte[] padding = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        return withSheet(wenjuanxingXlsx(2), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + SHEET_NAMESPACE
                    + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < megabytes * 16; i++) {
                out.write(padding);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * A workbook whose sheet declares an external entity reading {@code secret} and puts it in cell A1: a reader that
     * resolved it would show the file's content as a question.
     */
    public static byte[] externalEntityXlsx(Path secret) {
        return withSheet(wenjuanxingXlsx(2), out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"" + SHEET_NAMESPACE + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>华东</t></is></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
    }

    private interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    /** The workbook with its first sheet's XML replaced. */
    private static byte[] withSheet(byte[] xlsx, EntryWriter sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Closes a workbook quietly; for tests that build odd workbooks by hand. */
    public static byte[] write(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
