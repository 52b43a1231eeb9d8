package org.thinktank.surveyflow.export.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.export.word.CaptionedTables.row;
import static org.thinktank.surveyflow.export.word.CaptionedTables.tableAfter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.adoption.MeetingAdoption;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.export.SampleSurveyData;

class AdoptionReportWriterTests {

    private final AdoptionReportWriter writer = new AdoptionReportWriter(ReportTemplate.bundled(),
            SampleExports.messages(), Clock.fixed(Instant.parse("2026-11-25T17:00:00Z"), ZoneId.of("UTC")),
            ZoneId.of("Asia/Shanghai"));

    private XWPFDocument written(MeetingAdoption adoption, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(adoption, locale, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private XWPFDocument chinese() throws IOException {
        return written(SampleSurveyData.adoption(), Locale.SIMPLIFIED_CHINESE);
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> inStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    @Test
    void opensWithTheMeetingTheKindOfReportAndItsDate() throws IOException {
        try (XWPFDocument document = chinese()) {
            assertThat(inStyle(document, "Title")).containsExactly("第二十一届学术年会");
            assertThat(inStyle(document, "Subtitle")).containsExactly("成果采纳情况报告");
            assertThat(paragraphs(document)).containsSubsequence("会议日期：2026年6月10日", "统计截至 2026年11月26日");
        }
    }

    @Test
    void theFiguresGiveTheAdoptionRateAndTheMedianDaysFromTheMeeting() throws IOException {
        try (XWPFDocument document = chinese()) {
            assertThat(inStyle(document, "Heading1")).containsExactly("1　采纳概况", "2　各项建议办理情况");
            assertThat(paragraphs(document)).contains("共有建议 4 条，已采纳 2 条，采纳率 50.0%。",
                    "从会议召开到建议被采纳，用时中位数为 53 天。");
        }
    }

    @Test
    void aTableAndANativeChartCountTheRecommendationsByStatus() throws Exception {
        try (XWPFDocument document = chinese()) {
            XWPFTable byStatus = tableAfter(document, "建议按办理状态统计");
            assertThat(row(byStatus, 0)).containsExactly("办理状态", "建议条数", "占比");
            assertThat(row(byStatus, 1)).containsExactly("尚未报送", "1", "25.0%");
            assertThat(row(byStatus, 4)).containsExactly("已采纳", "2", "50.0%");
            assertThat(row(byStatus, 6)).containsExactly("合计", "4", "100.0%");
            assertThat(document.getCharts()).hasSize(1);
            XWPFChart chart = document.getCharts().get(0);
            var series = chart.getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointAt(3)).isEqualTo("已采纳");
            assertThat(series.getValuesData().getPointAt(3)).isEqualTo(2.0);
            assertThat(inStyle(document, "Caption")).contains("表 1  建议按办理状态统计", "图 1  建议按办理状态统计");
        }
    }

    @Test
    void tablesCountTheRecommendationsByAgencyAndByInvestigation() throws IOException {
        try (XWPFDocument document = chinese()) {
            XWPFTable byAgency = tableAfter(document, "建议按报送单位统计");
            assertThat(row(byAgency, 0)).containsExactly("报送单位", "已报送", "已获批示", "已采纳", "未采纳", "合计");
            assertThat(paragraphsOf(byAgency)).contains("省工业和信息化厅|0|0|0|1|1");
            XWPFTable bySurvey = tableAfter(document, "建议按调研统计");
            assertThat(row(bySurvey, 0)).containsExactly("调研编号", "调研主题", "建议条数", "已采纳", "未采纳", "采纳率");
            assertThat(row(bySurvey, 2)).containsExactly("AM21-2", "人才流失问题调研", "2", "1", "0", "50.0%");
        }
    }

    private static List<String> paragraphsOf(XWPFTable table) {
        return table.getRows().stream().map(row -> String.join("|", row.getTableCells().stream()
                .map(cell -> cell.getText()).toList())).toList();
    }

    @Test
    void eachInvestigationListsItsRecommendationsWithTheirStepsInOrder() throws IOException {
        try (XWPFDocument document = chinese()) {
            assertThat(inStyle(document, "Heading2")).containsExactly("2.1　AM21-1　数字经济发展现状与路径调研",
                    "2.2　AM21-2　人才流失问题调研");
            assertThat(paragraphs(document)).containsSubsequence("2.1　AM21-1　数字经济发展现状与路径调研",
                    "建议 1：设立省级中小企业上云补贴。", "办理状态：已采纳", "表 4  AM21-1 建议 1 办理过程",
                    "建议 2：建设省级数据中心。", "办理状态：未采纳", "2.2　AM21-2　人才流失问题调研",
                    "建议 1：完善人才安居政策。", "办理状态：尚未报送", "尚无办理记录。");
            XWPFTable history = tableAfter(document, "AM21-1 建议 1 办理过程");
            assertThat(row(history, 0)).containsExactly("日期", "事项", "单位或批示人", "批示内容、采纳文件或原因");
            assertThat(row(history, 1)).containsExactly("2026年6月20日", "报送", "省发展改革委", "");
            assertThat(row(history, 2)).containsExactly("2026年7月5日", "批示", "王副省长（省级）", "请省发展改革委研究落实。");
            assertThat(row(history, 3)).containsExactly("2026年8月15日", "采纳", "省发展改革委",
                    "采纳文件：《黑龙江省数字经济发展三年行动计划》\nhttps://example.gov.cn/plan");
            assertThat(row(tableAfter(document, "AM21-1 建议 2 办理过程"), 2)).containsExactly("2026年8月29日", "未予采纳",
                    "省工业和信息化厅", "与现行规划重复。");
        }
    }

    @Test
    void noStatusOrStepCodeReachesAChineseReader() throws IOException {
        try (XWPFDocument document = chinese()) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(List.of("PENDING", "SENT", "INSTRUCTED", "INSTRUCTION", "ADOPTED", "DECLINED"))
                    .allSatisfy(code -> assertThat(text).doesNotContain(code));
        }
    }

    @Test
    void anEnglishReaderGetsEnglishWords() throws IOException {
        try (XWPFDocument document = written(SampleSurveyData.adoption(), Locale.ENGLISH)) {
            assertThat(inStyle(document, "Subtitle")).containsExactly("Adoption report");
            assertThat(paragraphs(document)).contains("Meeting held on June 10, 2026", "As of November 26, 2026",
                    "4 recommendations, 2 adopted: an adoption rate of 50.0%.",
                    "Median time from the meeting to adoption: 53 days.", "Recommendation 1: 设立省级中小企业上云补贴。",
                    "Status: Adopted");
            assertThat(inStyle(document, "Caption")).contains("Table 1  Recommendations by status");
        }
    }

    @Test
    void aMeetingWithoutTrackedRecommendationsSaysSo() throws IOException {
        MeetingAdoption none = new MeetingAdoption(7, "AM21", "第二十一届学术年会", SampleSurveyData.MEETING_DAY, List.of());
        try (XWPFDocument document = written(none, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(paragraphs(document)).contains("共有建议 0 条，已采纳 0 条，采纳率 0.0%。", "尚无建议被采纳。",
                    "尚无建议报送有关单位。", "本次会议尚无跟踪的建议。");
        }
    }

    @Test
    void pagesAreNumberedAndChineseTextIsTaggedChinese() throws IOException {
        try (XWPFDocument document = chinese()) {
            assertThat(document.getFooterList()).anySatisfy(footer ->
                    assertThat(footer._getHdrFtr().xmlText()).contains("PAGE"));
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(run -> run.text().contains("采纳"))).allSatisfy(run ->
                    assertThat(run.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN"));
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("第二十一届学术年会 成果采纳情况报告");
        }
    }

    @Test
    void theFileIsNamedAfterTheMeetingCodeAndTheReportInTheReadersLanguage() {
        assertThat(writer.fileName(SampleSurveyData.adoption(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("AM21 成果采纳情况报告.docx");
        assertThat(writer.fileName(SampleSurveyData.adoption(), Locale.ENGLISH)).isEqualTo("AM21 Adoption report.docx");
    }
}
