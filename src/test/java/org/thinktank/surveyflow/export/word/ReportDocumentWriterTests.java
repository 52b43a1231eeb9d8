package org.thinktank.surveyflow.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.thinktank.surveyflow.export.SampleExports;

class ReportDocumentWriterTests {

    private final ReportDocumentWriter writer = new ReportDocumentWriter(ReportTemplate.bundled());

    private XWPFDocument written(ReportDocument report) throws IOException {
        return written(writer, report);
    }

    private static XWPFDocument written(ReportDocumentWriter writer, ReportDocument report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> textsInStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    private static String allText(XWPFDocument document) {
        return new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
    }

    @Test
    void coverPageNamesMeetingTopicRegionTeamVersionStatusAndDate() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(textsInStyle(document, "Title")).containsExactly("数字经济发展现状与路径调研 Digital economy");
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).toList()).contains(
                    "会议 Meeting: 第二十一届学术年会 21st Annual Meeting", "地区 Region: 哈尔滨、大庆",
                    "团队 Team: 李伟 (li.wei), 王芳 (wang.fang)", "版本 Version: 2", "状态 Status: 已批准 APPROVED",
                    "日期 Date: 2026-05-18");
        }
    }

    @Test
    void aVersionNotApprovedIsShownAsSubmitted() throws IOException {
        try (XWPFDocument document = written(SampleExports.report(List.of(), List.of(), null))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .contains("状态 Status: 已提交 SUBMITTED");
        }
    }

    @Test
    void tableOfContentsIsAFieldWordUpdates() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            String body = document.getDocument().xmlText();
            assertThat(body).contains("TOC \\o \"1-3\" \\h \\z \\u").contains("w:fldCharType=\"begin\"")
                    .contains("w:fldCharType=\"separate\"").contains("w:fldCharType=\"end\"");
            assertThat(document.isEnforcedUpdateFields()).isTrue();
        }
    }

    @Test
    void sectionsAreNumberedHeadingsWithTheFindingsAsSubheadings() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(textsInStyle(document, "Heading1")).containsExactly("1 摘要 Summary", "2 背景 Background",
                    "3 方法 Method", "4 发现 Findings", "5 建议 Recommendations", "附录 来源 Appendix: Sources",
                    "评审摘要 Review summary", "批准 Approval");
            assertThat(textsInStyle(document, "Heading2")).containsExactly("4.1 中小企业上云比例偏低", "4.2 人才缺口 Talent gap");
        }
    }

    @Test
    void eachFindingHasATableOfItsFigures() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            XWPFTable figures = document.getTables().get(0);
            assertThat(figures.getRow(0).getCell(0).getText()).isEqualTo("指标 Figure");
            assertThat(figures.getRow(1).getCell(0).getText()).isEqualTo("受访企业数");
            assertThat(figures.getRow(1).getCell(1).getText()).isEqualTo("212");
            assertThat(figures.getRow(2).getCell(1).getText()).isEqualTo("31.5");
            assertThat(figures.getRow(2).getCell(2).getText()).isEqualTo("%");
            assertThat(document.getTables()).hasSize(3);
        }
    }

    @Test
    void markdownBoldBecomesABoldRunAndListsBecomeItemsInOrder() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            XWPFRun boldRun = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(run -> "黑龙江省".equals(run.text())).findFirst().orElseThrow();
            assertThat(boldRun.isBold()).isTrue();
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("•\t问卷调查 Questionnaire", "•\t实地访谈 Interviews", "•\t企业 Companies",
                    "1.\t第一步 First", "2.\t第二步 Second");
            assertThat(texts).doesNotContain("- 问卷调查 Questionnaire");
            assertThat(allText(document)).doesNotContain("**");
        }
    }

    @Test
    void sourcesAppearOnceEachInTheAppendix() throws IOException {
        try (XWPFDocument document = written(SampleExports.report(List.of(
                SampleExports.finding(1, "A", "省统计局 2026"), SampleExports.finding(2, "B", "省统计局 2026"),
                SampleExports.finding(3, "C", "访谈记录")), List.of(), null))) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("附录 来源 Appendix: Sources", "[1] 省统计局 2026", "[2] 访谈记录");
            assertThat(texts).doesNotContain("[3] 省统计局 2026");
        }
    }

    @Test
    void lastPageSummarisesTheReviewsAndTheApproval() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            XWPFTable reviews = document.getTables().get(2);
            assertThat(reviews.getRow(1).getCell(0).getText()).isEqualTo("周强 (zhou.qiang)");
            assertThat(reviews.getRow(1).getCell(1).getText()).isEqualTo("4");
            assertThat(reviews.getRow(1).getCell(5).getText()).isEqualTo("ACCEPT");
            assertThat(reviews.getRow(2).getCell(5).getText()).isEqualTo("MINOR_REVISION");
            assertThat(allText(document)).contains("批准人 Approved by: 组织者 (organizer)")
                    .contains("批准时间 Approved on: 2026-05-19 16:30");
            List<IBodyElement> body = document.getBodyElements();
            int reviewHeading = body.indexOf(document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("评审摘要 Review summary")).findFirst().orElseThrow());
            assertThat(((XWPFParagraph) body.get(reviewHeading - 1)).getCTP().xmlText()).contains("w:type=\"page\"");
        }
    }

    @Test
    void anUnapprovedVersionWithoutReviewsSaysSo() throws IOException {
        try (XWPFDocument document = written(SampleExports.report(List.of(), List.of(), null))) {
            assertThat(allText(document)).contains("No reviews of this version yet")
                    .contains("This version has not been approved").doesNotContain("Approved by");
        }
    }

    @Test
    void everyRunWithChineseTextCarriesTheEastAsianFontAndTheChineseLanguageTag() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            List<XWPFRun> textRuns = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(run -> run.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .toList();
            assertThat(textRuns).hasSizeGreaterThan(30).allSatisfy(run -> {
                assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Noto Sans CJK SC");
                assertThat(run.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
            });
        }
    }

    @Test
    void pagesAreA4WithThePageNumberInTheFooter() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(section.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(document.getFooterList()).anySatisfy(footer ->
                    assertThat(footer._getHdrFtr().xmlText()).contains("w:instr=\"PAGE\""));
        }
    }

    @Test
    void templateStylesAreThoseOfTheConfiguredTemplate(@TempDir Path dir) throws IOException {
        Path custom = dir.resolve("custom.docx");
        StudyReportTemplateMaker.main(new String[] {custom.toString()});
        try (XWPFDocument template = new XWPFDocument(Files.newInputStream(custom))) {
            template.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).setVal("FF0000");
            template.write(Files.newOutputStream(custom));
        }
        ReportDocumentWriter customWriter = new ReportDocumentWriter(new ReportTemplate(new FileSystemResource(custom)));
        try (XWPFDocument document = written(customWriter, SampleExports.approvedReport())) {
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().xmlText()).contains("FF0000");
        }
    }

    @Test
    void bundledTemplateDefinesTheStylesTheWriterUses() throws IOException {
        try (XWPFDocument document = ReportTemplate.bundled().open()) {
            assertThat(List.of("Title", "Subtitle", "Heading1", "Heading2", "Heading3", "TOCHeading"))
                    .allSatisfy(style -> assertThat(document.getStyles().styleExist(style)).as(style).isTrue());
            assertThat(CoverPlaceholders.namesOnCover(document)).as("the body is the cover").contains("title");
            assertThat(document.getHeaderList()).isNotEmpty();
        }
    }
}
