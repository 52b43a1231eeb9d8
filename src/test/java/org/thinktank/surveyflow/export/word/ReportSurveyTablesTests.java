package org.thinktank.surveyflow.export.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.export.word.CaptionedTables.row;
import static org.thinktank.surveyflow.export.word.CaptionedTables.tableAfter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.export.SampleSurveyData;

class ReportSurveyTablesTests {

    private final ReportDocumentWriter writer = SampleExports.reportWriter();

    private static ReportDocument report(Locale locale) {
        return SampleExports.approvedReport().in(locale).withSurveyTables(SampleSurveyData.reportTables());
    }

    private byte[] bytes(ReportDocument report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    private XWPFDocument written(ReportDocument report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes(report)));
    }

    private static List<String> captions(XWPFDocument document) {
        return document.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void theQuestionnaireDataAreASubsectionOfTheFindingsListedInTheContents() throws IOException {
        try (XWPFDocument document = written(report(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(document.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).containsExactly("3.1　中小企业上云比例偏低", "3.2　人才缺口 Talent gap",
                    "3.3　问卷调查数据");
            assertThat(writer.outline(report(Locale.SIMPLIFIED_CHINESE))).extracting(ReportHeading::text)
                    .containsSubsequence("3.2　人才缺口 Talent gap", "3.3　问卷调查数据", "4　对策建议");
        }
    }

    @Test
    void aReportWithoutQuestionnaireTablesHasNoSuchSubsection() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(paragraphs(document)).noneMatch(text -> text.contains("问卷调查数据"));
        }
    }

    @Test
    void eachSummaryIsACaptionedTableNumberedAfterTheFindingsOwnTables() throws IOException {
        try (XWPFDocument document = written(report(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(captions(document)).containsSubsequence("表 1  中小企业上云比例偏低：主要数据",
                    "表 2  人才缺口 Talent gap：主要数据", "表 3  受访企业所属行业", "表 4  企业对上云补贴政策的满意度",
                    "表 5  受访企业员工人数", "表 6  其他意见和建议", "表 7  主要困难（按城市）");
            XWPFTable industry = tableAfter(document, "受访企业所属行业");
            assertThat(row(industry, 0)).containsExactly("选项", "人数", "占比");
            assertThat(row(industry, 1)).containsExactly("制造业", "120", "56.6%");
            assertThat(row(industry, 3)).containsExactly("农业", "22", "10.4%");
        }
    }

    @Test
    void underEachTableComeTheResearchersNoteAndTheSourceWithTheNumberOfAnswers() throws IOException {
        try (XWPFDocument document = written(report(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(paragraphs(document)).containsSubsequence("表 3  受访企业所属行业", "制造业企业占半数以上。",
                    "数据来源：2026年中小企业数字化问卷；回答人数 212。");
        }
    }

    @Test
    void aScaleShowsItsOptionsAndItsMeanMedianAndSpread() throws IOException {
        try (XWPFDocument document = written(report(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(row(tableAfter(document, "企业对上云补贴政策的满意度"), 5)).containsExactly("非常满意", "40", "19.0%");
            assertThat(paragraphs(document)).contains("平均值 3.57，中位数 4，标准差 1.08。");
        }
    }

    @Test
    void aNumberQuestionShowsItsSpread() throws IOException {
        try (XWPFDocument document = written(report(Locale.SIMPLIFIED_CHINESE))) {
            XWPFTable employees = tableAfter(document, "受访企业员工人数");
            assertThat(row(employees, 0)).containsExactly("平均值", "中位数", "标准差", "最小值", "最大值");
            assertThat(row(employees, 1)).containsExactly("86.4", "45", "120.33", "3", "900");
        }
    }

    @Test
    void aCrossTableHasTheOptionsOfTheQuestionItIsCountedByAsColumns() throws IOException {
        try (XWPFDocument document = written(report(Locale.SIMPLIFIED_CHINESE))) {
            XWPFTable cross = tableAfter(document, "主要困难（按城市）");
            assertThat(row(cross, 0)).containsExactly("主要困难（按所在城市）", "哈尔滨", "大庆");
            assertThat(row(cross, 2)).containsExactly("人才短缺", "60", "38");
        }
    }

    @Test
    void choicesAndScalesWithAChartGetANativeBarChartOfTheirSharesWithACaption() throws Exception {
        try (XWPFDocument document = written(report(Locale.SIMPLIFIED_CHINESE))) {
            assertThat(document.getCharts()).hasSize(2);
            XWPFChart industry = document.getCharts().get(0);
            var series = industry.getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("制造业");
            assertThat(series.getValuesData().getPointAt(0)).isEqualTo(56.6);
            assertThat(industry.getWorkbook().getSheetAt(0).getRow(3).getCell(1).getNumericCellValue()).isEqualTo(10.4);
            assertThat(captions(document)).contains("图 1  受访企业所属行业", "图 2  企业对上云补贴政策的满意度");
        }
    }

    @Test
    void aSummaryWithoutChartSetGetsNoChart() throws IOException {
        var tables = SampleSurveyData.reportTables().stream().map(table -> new org.thinktank.surveyflow.questionnaire
                .ReportTable(table.title(), table.caption(), table.dataset(), table.summary(), table.cross(), false)).toList();
        try (XWPFDocument document = written(SampleExports.approvedReport().withSurveyTables(tables))) {
            assertThat(document.getCharts()).isEmpty();
        }
    }

    @Test
    void freeTextAnswersNeverReachTheWordFileOnlyTheirNumber() throws IOException {
        byte[] file = bytes(report(Locale.SIMPLIFIED_CHINESE));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String part = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(part).as(entry.getName()).doesNotContain("13800138000", "希望简化申报流程");
            }
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            assertThat(row(tableAfter(document, "其他意见和建议"), 0)).containsExactly("回答人数");
            assertThat(row(tableAfter(document, "其他意见和建议"), 1)).containsExactly("57");
        }
    }

    @Test
    void anEnglishReaderGetsEnglishLabels() throws IOException {
        try (XWPFDocument document = written(report(Locale.ENGLISH))) {
            assertThat(paragraphs(document)).contains("3.3　Questionnaire data",
                    "Source: 2026年中小企业数字化问卷; 212 answers.", "Mean 3.57, median 4, standard deviation 1.08.");
            assertThat(row(tableAfter(document, "受访企业所属行业"), 0)).containsExactly("Option", "Count", "Share");
            assertThat(row(tableAfter(document, "受访企业员工人数"), 0)).containsExactly("Mean", "Median",
                    "Standard deviation", "Minimum", "Maximum");
            assertThat(captions(document)).contains("Table 3  受访企业所属行业", "Figure 1  受访企业所属行业");
        }
    }

    @Test
    void noQuestionKindCodeReachesAChineseReader() throws IOException {
        try (XWPFDocument document = written(report(Locale.SIMPLIFIED_CHINESE))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "NUMBER", "FREE_TEXT"))
                    .allSatisfy(code -> assertThat(text).doesNotContain(code));
        }
    }
}
