package org.thinktank.surveyflow.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class CoverPlaceholdersTests {

    private static XWPFDocument reread(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static Logo logo(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", png);
        return new Logo(png.toByteArray(), "png", width, height);
    }

    @Test
    void aPlaceholderSplitOverRunsIsReplacedKeepingTheFirstRunsFormatting() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            XWPFRun first = paragraph.createRun();
            first.setBold(true);
            first.setText("标题：{{ti");
            paragraph.createRun().setText("tl");
            paragraph.createRun().setText("e}} 完");

            CoverPlaceholders.fill(document, Map.of("title", "数字经济 Digital"), null);

            try (XWPFDocument read = reread(document)) {
                XWPFParagraph filled = read.getParagraphs().get(0);
                assertThat(filled.getText()).isEqualTo("标题：数字经济 Digital 完");
                assertThat(filled.getRuns()).hasSize(1);
                assertThat(filled.getRuns().get(0).isBold()).isTrue();
            }
        }
    }

    @Test
    void chineseValuesAreTaggedZhCn() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("{{thinkTank}}");

            CoverPlaceholders.fill(document, Map.of("thinkTank", "黑龙江省科学技术协会"), null);

            XWPFRun run = document.getParagraphs().get(0).getRuns().get(0);
            assertThat(run.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as("the template decides the font").isNull();
        }
    }

    @Test
    void aValueWithLineBreaksBecomesLineBreaks() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("{{team}}");

            CoverPlaceholders.fill(document, Map.of("team", "李伟\n王芳"), null);

            try (XWPFDocument read = reread(document)) {
                assertThat(read.getParagraphs().get(0).getText()).isEqualTo("李伟\n王芳");
                assertThat(read.getParagraphs().get(0).getRuns().get(0).getCTR().sizeOfBrArray()).isEqualTo(1);
            }
        }
    }

    @Test
    void aParagraphOfOnlyEmptyPlaceholdersIsRemoved() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("{{title}}");
            document.createParagraph().createRun().setText("{{place}}  {{date}}");
            document.createParagraph().createRun().setText("地点：{{region}}");

            CoverPlaceholders.fill(document, Map.of("title", "报告", "place", "", "region", ""), null);

            assertThat(texts(reread(document))).containsExactly("报告", "地点：");
        }
    }

    @Test
    void theLogoPlaceholderBecomesThePictureAtMostFourCentimetresHigh() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("{{logo}}");

            CoverPlaceholders.fill(document, Map.of(), logo(800, 400));

            try (XWPFDocument read = reread(document)) {
                List<XWPFPicture> pictures = read.getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures();
                assertThat(pictures).hasSize(1);
                assertThat(pictures.get(0).getDepth()).isCloseTo(4 / 2.54 * 72, org.assertj.core.data.Offset.offset(0.5));
                assertThat(pictures.get(0).getWidth()).isCloseTo(8 / 2.54 * 72, org.assertj.core.data.Offset.offset(0.5));
                assertThat(read.getAllPictures()).hasSize(1);
            }
        }
    }

    @Test
    void withoutALogoTheLogoParagraphIsRemoved() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("{{logo}}");
            document.createParagraph().createRun().setText("{{title}}");

            CoverPlaceholders.fill(document, Map.of("title", "报告"), null);

            assertThat(texts(document)).containsExactly("报告");
        }
    }

    @Test
    void placeholdersInTableCellsHeadersAndFootersAreReplaced() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(1, 1);
            table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("{{meeting}}");
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{title}}");
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("{{marking}} {{thinkTank}}");

            CoverPlaceholders.fill(document, Map.of("meeting", "年会", "title", "报告", "marking", "内部资料",
                    "thinkTank", "智库"), null);

            try (XWPFDocument read = reread(document)) {
                assertThat(read.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("年会");
                assertThat(read.getHeaderList().get(0).getText()).contains("报告").doesNotContain("{{");
                assertThat(read.getFooterList().get(0).getText()).contains("内部资料 智库");
            }
        }
    }

    @Test
    void aParagraphHoldingThePageBreakStaysWhenItsPlaceholdersAreEmpty() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText("{{status}}");
            run.addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);

            CoverPlaceholders.fill(document, Map.of(), null);

            assertThat(document.getParagraphs()).hasSize(1);
        }
    }

    @Test
    void bothBundledTemplatesFillIntoACoverWithoutPlaceholdersLeft() throws IOException {
        for (ReportTemplate template : List.of(ReportTemplate.bundled(), ReportTemplate.officialDocument())) {
            try (XWPFDocument document = template.open()) {
                CoverPlaceholders.fill(document, Map.of("title", "数字经济调研", "thinkTank", "某智库"), null);

                assertThat(CoverPlaceholders.namesIn(document)).isEmpty();
                assertThat(texts(document)).contains("数字经济调研");
            }
        }
    }
}
