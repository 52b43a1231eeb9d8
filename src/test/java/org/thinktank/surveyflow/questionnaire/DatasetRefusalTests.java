package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.CHINESE;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.ENGLISH;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.refusal;
import static org.thinktank.surveyflow.questionnaire.QuestionnaireFiles.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are refused, each with a message naming what is wrong, and where, in Chinese and in English. */
class DatasetRefusalTests {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final String NOT_A_TABLE_EN = "File: not a table; upload the .xlsx or .csv the survey tool exported";
    private static final String NOT_A_TABLE_ZH = "文件：不是表格文件，请上传问卷工具导出的 .xlsx 或 .csv 文件";

    private final QuestionnaireReader reader = new QuestionnaireReader();

    private String refused(String fileName, byte[] content, Locale locale) {
        return refusal(() -> reader.summarise(DatasetFile.of(fileName, content, LIMIT)), locale);
    }

    private static byte[] csv(List<List<String>> rows) {
        return QuestionnaireFiles.csv(rows, StandardCharsets.UTF_8, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.xlsx", "data.csv"})
    void randomBytesAreNotATable(String fileName) {
        assertThat(refused(fileName, randomBytes(4096, 1), ENGLISH)).isEqualTo(NOT_A_TABLE_EN);
        assertThat(refused(fileName, randomBytes(4096, 1), CHINESE)).isEqualTo(NOT_A_TABLE_ZH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"问卷.xlsx", "问卷.csv"})
    void aPdfUnderADatasetsNameIsNotATable(String fileName) {
        assertThat(refused(fileName, pdf(), CHINESE)).isEqualTo(NOT_A_TABLE_ZH);
    }

    @Test
    void aZipThatIsNoWorkbookIsNotATable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("地区,年龄".getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = bytes.toByteArray();

        assertThat(refused("data.xlsx", zip, ENGLISH)).isEqualTo(NOT_A_TABLE_EN);
    }

    @Test
    void aFileOfAnotherTypeIsRefusedByItsName() {
        assertThat(refused("问卷.pdf", pdf(), ENGLISH))
                .isEqualTo("File: '问卷.pdf' is not a dataset file; upload the .xlsx or .csv the survey tool exported");
        assertThat(refused("问卷.pdf", pdf(), CHINESE)).isEqualTo("文件：“问卷.pdf”不是数据集文件，请上传问卷工具导出的 .xlsx 或 .csv 文件");
    }

    @Test
    void aCsvRowWithFewerCellsThanTheHeaderIsRefusedNamingTheRow() {
        byte[] file = csv(List.of(List.of("地区", "年龄", "建议"), List.of("华东", "30", "无"), List.of("华北", "40")));

        assertThat(refused("data.csv", file, ENGLISH)).isEqualTo("File: row 3: the row has 2 cells but the header names 3 columns");
        assertThat(refused("data.csv", file, CHINESE)).isEqualTo("文件：第 3 行：该行有 2 个单元格，而表头有 3 列");
    }

    @Test
    void aWorkbookRowWithAnAnswerRightOfTheHeaderIsRefusedNamingTheRow() {
        byte[] file = xlsx(List.of(List.of("地区", "年龄"), List.of("华东", "30"), List.of("华北", "40", "多出的答案")));

        assertThat(refused("data.xlsx", file, CHINESE)).isEqualTo("文件：第 3 行：该行有 3 个单元格，而表头有 2 列");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.csv", "empty.xlsx"})
    void anEmptyFileIsRefused(String fileName) {
        assertThat(refused(fileName, new byte[0], ENGLISH)).isEqualTo("File: the file is empty; its first row must name the questions");
        assertThat(refused(fileName, new byte[0], CHINESE)).isEqualTo("文件：文件为空；第一行须列出各题名称");
    }

    @Test
    void aWorkbookWithoutAnyCellIsEmpty() {
        assertThat(refused("empty.xlsx", xlsx(List.of()), CHINESE)).isEqualTo("文件：文件为空；第一行须列出各题名称");
    }

    @ParameterizedTest
    @ValueSource(strings = {"header.csv", "header.xlsx"})
    void aHeaderWithoutRespondentsIsRefused(String fileName) {
        List<List<String>> header = List.of(List.of("地区", "年龄"), List.of("", ""));
        byte[] file = fileName.endsWith(".csv") ? csv(header) : xlsx(header);

        assertThat(refused(fileName, file, ENGLISH)).isEqualTo("File: the file has a header row but no respondents");
        assertThat(refused(fileName, file, CHINESE)).isEqualTo("文件：文件只有表头，没有答卷");
    }

    @ParameterizedTest
    @ValueSource(strings = {"endless.csv", "endless.xlsx"})
    void aFileOverTheLimitIsRefusedWithoutReadingPastIt(String fileName) {
        AtomicLong read = new AtomicLong();
        long limit = 1024 * 1024;
        byte[] start = fileName.endsWith(".xlsx") ? new byte[] {'P', 'K', 3, 4} : "地区,年龄,建议\n".getBytes(StandardCharsets.UTF_8);
        DatasetFile endless = new DatasetFile(fileName, () -> new EndlessRows(start, read), limit);

        assertThat(refusal(() -> reader.summarise(endless), ENGLISH)).isEqualTo("File: the file is larger than the limit of 1 MB");
        assertThat(read.get()).isBetween(limit, limit + 1);
        assertThat(refusal(() -> reader.summarise(endless), CHINESE)).isEqualTo("文件：文件超过 1 MB 的上限");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x.example\",\"点此\")", "@SUM(A1:A9)", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0x", "- 满意"})
    void aCellExcelWouldRunAsAFormulaIsRefusedNamingRowAndColumn(String cell) {
        byte[] file = csv(List.of(List.of("地区", "建议"), List.of("华东", "无"), List.of("华北", cell)));

        assertThat(refused("data.csv", file, ENGLISH)).isEqualTo("File: row 3, column B (建议): starts like a formula "
                + "(=, @, + or - before text), which Excel would run when an organizer opens the file; remove that character");
        assertThat(refused("data.csv", file, CHINESE)).isEqualTo("文件：第 3 行 B 列（建议）：内容以公式字符开头（=、@，或后接文字的 + 、-），"
                + "组织者用 Excel 打开时会被执行，请删去该字符");
    }

    @Test
    void signedNumbersAndALoneDashAreAnswers() {
        byte[] file = csv(List.of(List.of("变化", "电话", "备注"), List.of("-3", "+86 138 0000 0000", "-"),
                List.of("+2.5", "+86 139 0000 0000", "无")));

        assertThat(reader.summarise(DatasetFile.of("data.csv", file, LIMIT)).respondents()).isEqualTo(2);
    }

    @Test
    void aFormulaCellInAWorkbookIsRefusedNamingItsCell() {
        assertThat(refused("问卷星.xlsx", formulaXlsx(), ENGLISH))
                .isEqualTo("File: row 2, column B (" + WJX_AGE + "): formulas are not accepted; the file must hold the answers themselves");
        assertThat(refused("问卷星.xlsx", formulaXlsx(), CHINESE))
                .isEqualTo("文件：第 2 行 B 列（" + WJX_AGE + "）：不接受公式，文件中须是答案本身");
    }

    @Test
    void aQuestionNameUsedTwiceIsRefusedNamingTheSecondColumn() {
        byte[] file = csv(List.of(List.of("地区", "年龄", "地区"), List.of("华东", "30", "华北")));

        assertThat(refused("data.csv", file, ENGLISH)).isEqualTo(
                "File: row 1, column C (地区): this question name is already used by another column; each column needs its own");
        assertThat(refused("data.csv", file, CHINESE)).isEqualTo("文件：第 1 行 C 列（地区）：该题目名称已被其他列使用，每列须有各自的名称");
    }

    @Test
    void aColumnWithoutAQuestionNameIsRefused() {
        byte[] file = csv(List.of(List.of("地区", "", "年龄"), List.of("华东", "x", "30")));

        assertThat(refused("data.csv", file, ENGLISH)).isEqualTo("File: row 1, column B: the header leaves this column without a question name");
        assertThat(refused("data.csv", file, CHINESE)).isEqualTo("文件：第 1 行 B 列：表头中该列没有题目名称");
    }

    @Test
    void aCsvWithAnUnclosedQuoteIsRefusedNamingTheRow() {
        byte[] file = "地区,建议\n华东,无\n华北,\"未闭合\n".getBytes(StandardCharsets.UTF_8);

        assertThat(refused("data.csv", file, CHINESE)).isEqualTo("文件：第 3 行：无法按 CSV 读取（有引号未闭合）");
    }

    @Test
    void aWorkbookThatInflatesLikeAZipBombIsRefused() {
        byte[] bomb = zipBombXlsx(64);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refused("bomb.xlsx", bomb, ENGLISH))
                .isEqualTo("File: rejected: it expands far more than a workbook would (a possible zip bomb)");
        assertThat(refused("bomb.xlsx", bomb, CHINESE)).isEqualTo("文件：已拒绝：文件解压后远大于正常工作簿（可能是压缩炸弹）");
    }

    @Test
    void aWorkbookDeclaringAnExternalEntityIsRefusedWithoutReadingIt(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "机密内容");

        assertThat(refused("xxe.xlsx", externalEntityXlsx(secret), ENGLISH)).isEqualTo(NOT_A_TABLE_EN);
    }

    /** A file that starts as given and then repeats a row for ever, counting the bytes taken from it. */
    private static final class EndlessRows extends InputStream {

        private static final byte[] ROW = "华东,30,无\n".getBytes(StandardCharsets.UTF_8);
        private final byte[] start;
        private final AtomicLong read;
        private int position;

        EndlessRows(byte[] start, AtomicLong read) {
            this.start = start;
            this.read = read;
            read.set(0);
        }

        @Override
        public int read() {
            read.incrementAndGet();
            int at = position++;
            return (at < start.length ? start[at] : ROW[(at - start.length) % ROW.length]) & 0xFF;
        }
    }
}
