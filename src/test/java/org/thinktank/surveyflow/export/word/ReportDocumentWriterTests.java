package org.thinktank.surveyflow.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;

class ReportDocumentWriterTests {

    private static final List<String> CODE_NAMES = List.of("QUESTIONNAIRE", "DATA_ANALYSIS", "MINOR_REVISION",
            "SUBMITTED", "ACCEPT", "APPROVED", "DRAFT");

    private final ReportDocumentWriter writer = SampleExports.reportWriter();

    private XWPFDocument written(ReportDocument report) throws IOException {
        return written(writer, report, TocPages.UNKNOWN);
    }

    private static XWPFDocument written(ReportDocumentWriter writer, ReportDocument report, TocPages pages)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, pages, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> textsInStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static String allText(XWPFDocument document) {
        return new XWPFWordExtractor(document).getText();
    }

    private static XWPFTable tableAfterCaption(XWPFDocument document, String caption) {
        List<IBodyElement> body = document.getBodyElements();
        for (int i = 0; i < body.size() - 1; i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getText().contains(caption) && body.get(i + 1) instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("No table after a caption with " + caption);
    }

    @Test
    void coverNamesThinkTankMeetingBilingualTitleRegionTeamPlaceDateVersionAndStatus() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(textsInStyle(document, "Title")).containsExactly("数字经济发展现状与路径调研");
            assertThat(paragraphs(document)).contains("东北振兴研究院", "Digital economy: current state and paths forward",
                    "调研报告", "第二十一届学术年会", "哈尔滨、大庆", "哈尔滨  2026年5月18日", "第 2 版  已批准");
            assertThat(allText(document)).contains("李伟（黑龙江数字经济研究中心）\n王芳").doesNotContain("{{");
        }
    }

    @Test
    void coverCarriesTheConfidentialityMarkingUntilTheReportIsPublished() throws IOException {
        ReportDocument approved = SampleExports.approvedReport();
        ReportDocument published = approved.withStatus(ReportStatus.PUBLISHED);
        try (XWPFDocument draft = written(approved); XWPFDocument out = written(published)) {
            assertThat(paragraphs(draft)).contains("内部资料　注意保密");
            assertThat(paragraphs(out)).doesNotContain("内部资料　注意保密").contains("第 2 版  已批准发布");
        }
    }

    @Test
    void aVersionNotApprovedIsADraftForReview() throws IOException {
        try (XWPFDocument document = written(SampleExports.report(List.of(), List.of(), null))) {
            assertThat(paragraphs(document)).contains("第 2 版  送审稿");
        }
    }

    @Test
    void noCodeNameReachesAChineseReader() throws IOException {
        Finding analysed = SampleExports.finding(3, "数据分析", "省统计局");
        analysed = new Finding(3, 1, "li.wei", "数据分析", org.thinktank.surveyflow.findings.FieldMethod.DATA_ANALYSIS,
                "大庆", analysed.observedOn(), "证据", "", "", analysed.status(), List.of(), analysed.createdAt(),
                analysed.updatedAt(), analysed.submittedAt());
        ReportDocument report = SampleExports.approvedReport();
        try (XWPFDocument document = written(report.withContent(report.sections(),
                List.of(SampleExports.finding(1, "上云", "省统计局"), analysed)))) {
            String text = allText(document);
            assertThat(CODE_NAMES).allSatisfy(code -> assertThat(text).doesNotContain(code));
            assertThat(text).contains("调研方法：问卷调查", "调研方法：数据分析");
        }
    }

    @Test
    void anEnglishReaderGetsEnglishLabels() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport().in(Locale.ENGLISH))) {
            assertThat(paragraphs(document)).contains("Northeast Revitalization Institute", "Study report",
                    "Version 2  Approved", "Executive summary", "Contents");
            assertThat(allText(document)).contains("李伟 (黑龙江数字经济研究中心)")
                    .contains("Method: Questionnaire").contains("Minor revision");
        }
    }

    @Test
    void summaryComesBeforeTheContentsAndTheNumberedSections() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(paragraphs(document)).containsSubsequence("摘要", "本报告调查了黑龙江省数字经济的发展现状。", "目录",
                    "1　背景");
            assertThat(textsInStyle(document, "Heading1")).containsExactly("1　背景", "2　方法", "3　调研发现",
                    "4　对策建议", "附录一　资料来源", "附录二　附件清单", "附录三　评审意见与批准", "附录四　调研方案");
            assertThat(textsInStyle(document, "Heading2")).containsExactly("3.1　中小企业上云比例偏低",
                    "3.2　人才缺口 Talent gap");
        }
    }

    @Test
    void tableOfContentsListsEveryHeadingWithItsPageNumber() throws IOException {
        ReportDocument report = SampleExports.approvedReport();
        Map<String, Integer> pages = new java.util.HashMap<>();
        List<ReportHeading> outline = writer.outline(report);
        for (int i = 0; i < outline.size(); i++) {
            pages.put(outline.get(i).bookmark(), 3 + i);
        }
        try (XWPFDocument document = written(writer, report, TocPages.of(pages))) {
            List<String> lines = document.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC") && !p.getStyle().equals("TOCHeading"))
                    .map(p -> p.getCTP().xmlText()).toList();
            assertThat(lines).hasSize(outline.size());
            assertThat(lines.get(0)).contains("TOC \\o").contains("1　背景").contains("PAGEREF " + outline.get(0).bookmark())
                    .contains("<w:t xml:space=\"preserve\">3</w:t>");
            assertThat(lines.get(lines.size() - 1)).contains("附录四　调研方案")
                    .contains("<w:t xml:space=\"preserve\">" + (2 + outline.size()) + "</w:t>");
            assertThat(document.getDocument().xmlText()).contains("w:name=\"" + outline.get(0).bookmark() + "\"")
                    .doesNotContain("w:dirty=\"true\"");
        }
    }

    @Test
    void withoutPageNumbersTheContentsAskWordToUpdateThem() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(document.getDocument().xmlText()).contains("w:dirty=\"true\"");
            assertThat(paragraphs(document)).anyMatch(text -> text.startsWith("页码将在 Word 更新此目录时填入"));
        }
    }

    @Test
    void eachFindingHasANumberedCaptionedTableOfItsFigures() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            XWPFTable figures = tableAfterCaption(document, "中小企业上云比例偏低：主要数据");
            assertThat(figures.getRow(0).getCell(0).getText()).isEqualTo("指标");
            assertThat(figures.getRow(1).getCell(0).getText()).isEqualTo("受访企业数");
            assertThat(figures.getRow(1).getCell(1).getText()).isEqualTo("212");
            assertThat(figures.getRow(2).getCell(1).getText()).isEqualTo("31.5");
            assertThat(figures.getRow(2).getCell(2).getText()).isEqualTo("%");
            assertThat(textsInStyle(document, "Caption")).startsWith("表 1  中小企业上云比例偏低：主要数据");
        }
    }

    @Test
    void figuresInOneUnitBecomeANativeChartWithItsOwnCaption() throws Exception {
        Finding finding = SampleExports.finding(1, "上云比例", "省统计局").withFigures(List.of(
                new Figure("哈尔滨", new java.math.BigDecimal("31.5"), "%"),
                new Figure("大庆", new java.math.BigDecimal("24"), "%")));
        ReportDocument report = SampleExports.approvedReport();
        try (XWPFDocument document = written(report.withContent(report.sections(), List.of(finding)))) {
            assertThat(document.getCharts()).hasSize(1);
            XWPFChart chart = document.getCharts().get(0);
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointAt(1)).isEqualTo("大庆");
            assertThat(chart.getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(0)).isEqualTo(31.5);
            assertThat(chart.getWorkbook().getSheetAt(0).getRow(2).getCell(1).getNumericCellValue()).isEqualTo(24.0);
            assertThat(textsInStyle(document, "Caption")).contains("图 1  上云比例（单位：%）");
        }
    }

    @Test
    void figuresInDifferentUnitsGetNoChart() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(document.getCharts()).isEmpty();
        }
    }

    @Test
    void shortTablesStayWholeAndNoRowSplits() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(document.getTables()).allSatisfy(table -> {
                assertThat(table.getRows()).allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                List<XWPFTableRow> rows = table.getRows();
                assertThat(rows.subList(0, rows.size() - 1)).allSatisfy(row -> assertThat(
                        row.getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue());
                assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(rows.get(0).getTableCells().size());
            });
        }
    }

    @Test
    void theReviewTableGivesNamesAndRecommendationsTheirRoom() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            XWPFTable reviews = tableAfterCaption(document, "评审专家评分");
            var grid = reviews.getCTTbl().getTblGrid().getGridColList();
            long score = Long.parseLong(grid.get(1).getW().toString());
            assertThat(Long.parseLong(grid.get(0).getW().toString())).isGreaterThan(2 * score);
            assertThat(Long.parseLong(grid.get(5).getW().toString())).isGreaterThan(score);
            assertThat(reviews.getRow(1).getCell(0).getText()).isEqualTo("周强");
            assertThat(reviews.getRow(1).getCell(5).getText()).isEqualTo("接受");
            assertThat(reviews.getRow(2).getCell(5).getText()).isEqualTo("小修");
        }
    }

    @Test
    void sourcesAreNumberedOnceEachAndFindingsCiteThem() throws IOException {
        try (XWPFDocument document = written(SampleExports.report(List.of(
                SampleExports.finding(1, "A", "省统计局 2026"), SampleExports.finding(2, "B", "省统计局 2026"),
                SampleExports.finding(3, "C", "访谈记录")), List.of(), null))) {
            assertThat(paragraphs(document)).containsSubsequence("来源：[1]", "来源：[1]", "来源：[2]",
                    "附录一　资料来源", "[1] 省统计局 2026", "[2] 访谈记录");
            assertThat(paragraphs(document)).doesNotContain("[3] 省统计局 2026");
        }
    }

    @Test
    void photosOfFindingsAreEmbeddedAsCaptionedFiguresAndEveryAttachmentIsListed() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        ReportDocument report = SampleExports.approvedReport();
        report = report.withAttachments(List.of(
                new ReportAttachment(7, 1, "园区全景.png", "image/png", png.size(), png.toByteArray()),
                new ReportAttachment(8, 2, "访谈提纲.pdf", "application/pdf", 2048, null)));
        try (XWPFDocument document = written(report)) {
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(textsInStyle(document, "Caption")).contains("图 1  园区全景（中小企业上云比例偏低）");
            XWPFTable attachments = tableAfterCaption(document, "附件清单");
            assertThat(attachments.getRow(1).getCell(0).getText()).isEqualTo("园区全景.png");
            assertThat(attachments.getRow(2).getCell(0).getText()).isEqualTo("访谈提纲.pdf");
            assertThat(attachments.getRow(2).getCell(1).getText()).isEqualTo("人才缺口 Talent gap");
            assertThat(attachments.getRow(2).getCell(3).getText()).isEqualTo("2.0 KB");
        }
    }

    @Test
    void aPhotoTheTextShowsIsEmbeddedThereAndNotAgainUnderItsFinding() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        ReportDocument report = SampleExports.approvedReport();
        var sections = new org.thinktank.surveyflow.report.ReportSections(report.sections().summary(),
                "**基线说明：**1950 年\n\n![园区一角](attachment:7)", report.sections().method(),
                report.sections().findings(), report.sections().recommendations());
        report = report.withContent(sections, report.findings()).withAttachments(List.of(
                new ReportAttachment(7, 1, "园区.png", "image/png", png.size(), png.toByteArray())));
        try (XWPFDocument document = written(report)) {
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(textsInStyle(document, "Caption")).contains("图 1  园区一角");
            XWPFRun bold = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(run -> run.text().equals("基线说明：")).findFirst().orElseThrow();
            assertThat(bold.isBold()).isTrue();
            assertThat(allText(document)).doesNotContain("**");
        }
    }

    @Test
    void reviewsAndApprovalCloseTheReportOnANewPage() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            assertThat(paragraphs(document)).containsSubsequence("附录三　评审意见与批准", "批准人：赵敏",
                    "批准时间：2026年5月19日 16:30");
            List<IBodyElement> body = document.getBodyElements();
            int heading = body.indexOf(document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("附录三　评审意见与批准")).findFirst().orElseThrow());
            assertThat(((XWPFParagraph) body.get(heading - 1)).getCTP().xmlText()).contains("w:type=\"page\"");
        }
    }

    @Test
    void anUnapprovedVersionWithoutReviewsSaysSo() throws IOException {
        try (XWPFDocument document = written(SampleExports.report(List.of(), List.of(), null))) {
            assertThat(allText(document)).contains("本版本尚无评审意见。").contains("本版本尚未获得批准。")
                    .doesNotContain("批准人");
        }
    }

    @Test
    void thePropertiesNameTheLeadTheMeetingAndTheLanguage() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("李伟");
            assertThat(core.getTitle()).isEqualTo("数字经济发展现状与路径调研");
            assertThat(core.getSubject()).isEqualTo("第二十一届学术年会");
            assertThat(core.getKeywords()).contains("哈尔滨、大庆");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("zh-CN");
            assertThat(document.getProperties().getExtendedProperties().getApplication())
                    .isEqualTo("Think Tank Survey Workflow");
            assertThat(core.getCreator() + core.getLastModifiedByUser()).doesNotContain("Apache POI");
        }
    }

    @Test
    void everyRunWithChineseTextIsTaggedChineseAndKeepsTheTemplatesFont() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            int afterCover = paragraphs.indexOf(paragraphs.stream().filter(p -> "TOCHeading".equals(p.getStyle()))
                    .findFirst().orElseThrow());
            List<XWPFRun> textRuns = paragraphs.subList(afterCover, paragraphs.size()).stream().flatMap(p -> p.getRuns().stream())
                    .filter(run -> run.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .toList();
            assertThat(textRuns).hasSizeGreaterThan(30).allSatisfy(run -> {
                assertThat(run.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
                assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as("the template's font").isNull();
            });
            assertThat(document.getStyles().getStyle("Normal").getCTStyle().xmlText()
                    + document.getStyles().getCtStyles().getDocDefaults().xmlText()).contains("Noto Serif CJK SC");
        }
    }

    @Test
    void pagesAreA4WithThePageNumberInTheFooter() throws IOException {
        try (XWPFDocument document = written(SampleExports.approvedReport())) {
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(section.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(document.getFooterList()).anySatisfy(footer ->
                    assertThat(footer._getHdrFtr().xmlText()).contains("PAGE"));
        }
    }

    @Test
    void theOfficialDocumentLayoutKeepsItsCharacterGridForWordAndOnlyItsLinesForLibreOffice() throws IOException {
        ReportDocument approved = SampleExports.approvedReport();
        ReportDocument official = approved.on(ReportTemplate.officialDocument());
        ByteArrayOutputStream forLibreOffice = new ByteArrayOutputStream();
        writer.writeForLibreOffice(official, TocPages.UNKNOWN, forLibreOffice);
        try (XWPFDocument word = written(writer, official, TocPages.UNKNOWN);
             XWPFDocument layout = new XWPFDocument(new ByteArrayInputStream(forLibreOffice.toByteArray()))) {
            var wordGrid = word.getDocument().getBody().getSectPr().getDocGrid();
            var layoutGrid = layout.getDocument().getBody().getSectPr().getDocGrid();
            assertThat(wordGrid.getType().toString()).isEqualTo("linesAndChars");
            assertThat(wordGrid.isSetCharSpace()).isTrue();
            assertThat(layoutGrid.getType().toString()).isEqualTo("lines");
            assertThat(layoutGrid.isSetCharSpace()).isFalse();
            assertThat(layoutGrid.getLinePitch()).isEqualTo(wordGrid.getLinePitch());
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
        ReportDocumentWriter customWriter = new ReportDocumentWriter(new ReportTemplate(new FileSystemResource(custom)),
                SampleExports.messages());
        try (XWPFDocument document = written(customWriter, SampleExports.approvedReport(), TocPages.UNKNOWN)) {
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().xmlText()).contains("FF0000");
        }
    }
}
