package org.thinktank.surveyflow.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MarkdownToWordTests {

    private static final String TABLE = """
            | 城市 | 企业数 | 说明 |
            |---|--:|---|
            | 哈尔滨 | 48 | **重点：**上云 |
            | 大庆 | 12 | 见[官网](https://example.org) |
            """;

    private final List<String> lookedUp = new ArrayList<>();

    /** The investigation's attachments: a small photo, a wide chart (attachment 7) and a tall drawing. */
    private final MarkdownImages attachments = destination -> {
        lookedUp.add(destination);
        return Optional.ofNullable(Map.of("photo.png", png("photo.png", 40, 30),
                "attachment:7", png("chart.png", 2000, 500), "tall.png", png("tall.png", 400, 2000)).get(destination));
    };

    private XWPFDocument rendered(String markdown) throws IOException {
        try (XWPFDocument template = withoutCover(ReportTemplate.bundled().open())) {
            return new XWPFDocument(new ByteArrayInputStream(written(template, markdown)));
        }
    }

    private byte[] written(XWPFDocument document, String markdown) throws IOException {
        new MarkdownToWord(document, new Captions("表", "图"), attachments, "图片").render(markdown);
        RunPropertiesOrder.normalize(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    private static MarkdownImages.Image png(String name, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return new MarkdownImages.Image(out.toByteArray(), name, width, height);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(XWPFDocument document) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph paragraphBefore(XWPFDocument document, IBodyElement element) {
        return (XWPFParagraph) document.getBodyElements().get(document.getBodyElements().indexOf(element) - 1);
    }

    @Test
    void aGfmTableBecomesAWordTableWithItsHeaderAndCellsAndNoPipes() throws IOException {
        try (XWPFDocument document = rendered(TABLE)) {
            assertThat(document.getTables()).hasSize(1);
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("城市", "企业数", "说明");
            assertThat(table.getRow(1).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("哈尔滨", "48", "重点：上云");
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("见官网 (https://example.org)");
            assertThat(text(document)).doesNotContain("|", "**", "---");
        }
    }

    @Test
    void aTableWithoutACaptionParagraphIsCaptionedWithItsNumberAlone() throws IOException {
        try (XWPFDocument document = rendered(TABLE)) {
            XWPFParagraph caption = paragraphBefore(document, document.getTables().get(0));
            assertThat(caption.getStyle()).isEqualTo(Captions.STYLE);
            assertThat(caption.getText()).isEqualTo("表 1");
        }
    }

    @Test
    void aCaptionParagraphBeforeATableTitlesItsCaptionAndIsNotPrinted() throws IOException {
        try (XWPFDocument document = rendered("表：重点城市企业数\n\n" + TABLE)) {
            XWPFParagraph caption = paragraphBefore(document, document.getTables().get(0));
            assertThat(caption.getStyle()).isEqualTo(Captions.STYLE);
            assertThat(caption.getText()).isEqualTo("表 1  重点城市企业数");
            assertThat(paragraphs(document)).doesNotContain("表：重点城市企业数");
        }
    }

    @Test
    void aCaptionParagraphAfterATableTitlesItsCaption() throws IOException {
        try (XWPFDocument document = rendered(TABLE + "\nTable: Companies by city\n\n后文。")) {
            XWPFParagraph caption = paragraphBefore(document, document.getTables().get(0));
            assertThat(caption.getText()).isEqualTo("表 1  Companies by city");
            assertThat(paragraphs(document)).doesNotContain("Table: Companies by city").contains("后文。");
        }
    }

    @Test
    void tablesAreNumberedInOrderAndACaptionBetweenTwoTitlesTheOneAfterIt() throws IOException {
        try (XWPFDocument document = rendered(TABLE + "\n: 第二张表\n\n" + TABLE)) {
            assertThat(paragraphBefore(document, document.getTables().get(0)).getText()).isEqualTo("表 1");
            assertThat(paragraphBefore(document, document.getTables().get(1)).getText()).isEqualTo("表 2  第二张表");
        }
    }

    @Test
    void boldEndingInAFullWidthColonBeforeDigitsIsABoldRunWithoutAsterisks() throws IOException {
        try (XWPFDocument document = rendered("**基线说明：**1950年的数据。")) {
            List<XWPFRun> runs = document.getParagraphs().get(0).getRuns();
            assertThat(runs).extracting(XWPFRun::text).containsExactly("基线说明：", "1950年的数据。");
            assertThat(runs.get(0).isBold()).isTrue();
            assertThat(runs.get(1).isBold()).isFalse();
        }
    }

    @Test
    void aLinkReadsAsItsTextAndThenItsAddress() throws IOException {
        try (XWPFDocument document = rendered("详见[统计公报](https://tjj.example.gov.cn/2025)。")) {
            assertThat(document.getParagraphs().get(0).getText())
                    .isEqualTo("详见统计公报 (https://tjj.example.gov.cn/2025)。");
        }
    }

    @Test
    void aBareAutolinkReadsAsItsTextOnce() throws IOException {
        try (XWPFDocument document = rendered("来源：<https://example.org/report>")) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("来源：https://example.org/report");
        }
    }

    @Test
    void anAttachedImageIsEmbeddedCentredAndCaptionedAsAFigure() throws IOException {
        try (XWPFDocument document = rendered("现场照片如下。\n\n![调研现场](photo.png)\n\n后文。")) {
            assertThat(paragraphs(document)).containsExactly("现场照片如下。", "", "图 1  调研现场", "后文。");
            XWPFParagraph picture = document.getParagraphs().get(1);
            assertThat(picture.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFPicture embedded = picture.getRuns().get(0).getEmbeddedPictures().get(0);
            assertThat(embedded.getPictureData().getFileName()).endsWith(".png");
            assertThat(embedded.getWidth()).isEqualTo(Units.pixelToEMU(40) / (double) Units.EMU_PER_POINT);
            assertThat(document.getParagraphs().get(2).getStyle()).isEqualTo(Captions.STYLE);
        }
    }

    private static long[] pictureSize(XWPFDocument document) {
        XWPFPicture picture = document.getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures().get(0);
        var extent = picture.getCTPicture().getSpPr().getXfrm().getExt();
        return new long[] {extent.getCx(), extent.getCy()};
    }

    @Test
    void aWideImageIsScaledToAtMost15CentimetresWideWithItsAspectKept() throws IOException {
        try (XWPFDocument document = rendered("![图表](attachment:7)")) {
            long[] size = pictureSize(document);
            assertThat(size[0]).isLessThanOrEqualTo(15L * Units.EMU_PER_CENTIMETER);
            assertThat((double) size[0] / size[1]).isCloseTo(4.0, Offset.offset(0.01));
        }
    }

    @Test
    void aTallImageIsScaledToAtMost12CentimetresHighWithItsAspectKept() throws IOException {
        try (XWPFDocument document = rendered("![剖面](tall.png)")) {
            long[] size = pictureSize(document);
            assertThat(size[1]).isLessThanOrEqualTo(12L * Units.EMU_PER_CENTIMETER);
            assertThat((double) size[1] / size[0]).isCloseTo(5.0, Offset.offset(0.01));
        }
    }

    @Test
    void anImageInTheMiddleOfAParagraphSplitsItAroundTheFigure() throws IOException {
        try (XWPFDocument document = rendered("照片![调研现场](photo.png)之后")) {
            assertThat(paragraphs(document)).containsExactly("照片", "", "图 1  调研现场", "之后");
        }
    }

    @Test
    void anExternalImageIsNotLookedUpBeyondTheAttachmentsAndPrintsAsItsLabel() throws IOException {
        try (XWPFDocument document = rendered("![卫星图](https://example.org/map.png)")) {
            assertThat(lookedUp).containsExactly("https://example.org/map.png");
            assertThat(document.getAllPictures()).isEmpty();
            assertThat(paragraphs(document)).containsExactly("[图片：卫星图]");
        }
    }

    @Test
    void anImageLabelInEnglishTakesAnEnglishColon() throws IOException {
        try (XWPFDocument document = withoutCover(ReportTemplate.bundled().open())) {
            new MarkdownToWord(document, new Captions("Table", "Figure"), MarkdownImages.NONE, "Image")
                    .render("![Site map](other.png)");
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("[Image: Site map]");
        }
    }

    @Test
    void rawHtmlIsPrintedAsTheTextItIs() throws IOException {
        try (XWPFDocument document = rendered("<div onclick=\"x()\">块</div>\n\n文字<b>粗</b>")) {
            assertThat(paragraphs(document)).containsExactly("<div onclick=\"x()\">块</div>", "文字<b>粗</b>");
        }
    }

    /** On a blank document: the schema check is of what the Markdown adds, not of the template's page setup. */
    @Test
    void tablesFiguresAndStyledRunsValidateAgainstTheSchema() throws Exception {
        try (XWPFDocument blank = new XWPFDocument()) {
            byte[] docx = written(blank, "表：重点城市\n\n" + TABLE + "\n**基线说明：**1950 *斜体* `代码`\n\n"
                    + "![调研现场](photo.png)");

            assertThat(WordSchema.errors(docx)).isEmpty();
        }
    }

    @Test
    void aLineBreakBetweenChineseCharactersAddsNoSpace() throws IOException {
        try (XWPFDocument document = rendered("数字\n经济 and\nEnglish")) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("数字经济 and English");
        }
    }

    /** The bundled template without its cover page, as the body a section is written into. */
    private static XWPFDocument withoutCover(XWPFDocument template) {
        while (!template.getBodyElements().isEmpty()) {
            template.removeBodyElement(0);
        }
        return template;
    }
}
