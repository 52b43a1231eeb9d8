package org.thinktank.surveyflow.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.export.SampleExports;

/** Every Word part the writer produces is valid against the ECMA-376 transitional schema. */
class ReportDocumentSchemaTests {

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    @Test
    void aStudyReportValidatesAgainstTheSchema() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleExports.reportWriter().write(SampleExports.approvedReport(), out);

        assertThat(WordSchema.errors(out.toByteArray())).isEmpty();
    }

    @Test
    void aReportWithAChartAPhotoAndAMarkdownTableValidatesInEveryPart() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        ReportDocument report = SampleExports.approvedReport();
        var finding = SampleExports.finding(1, "上云比例", "省统计局").withFigures(java.util.List.of(
                new org.thinktank.surveyflow.findings.Figure("哈尔滨", new java.math.BigDecimal("31.5"), "%"),
                new org.thinktank.surveyflow.findings.Figure("大庆", new java.math.BigDecimal("24"), "%")));
        var sections = new org.thinktank.surveyflow.report.ReportSections(report.sections().summary(),
                "| 城市 | 企业 |\n| --- | ---: |\n| 哈尔滨 | 212 |\n\n表：受访企业", report.sections().method(),
                report.sections().findings(), report.sections().recommendations());
        report = report.withContent(sections, java.util.List.of(finding)).withAttachments(java.util.List.of(
                new ReportAttachment(7, 1, "site.png", "image/png", png.size(), png.toByteArray())))
                .in(java.util.Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleExports.reportWriter().write(report, out);

        try (XWPFDocument written = new XWPFDocument(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertThat(written.getCharts()).hasSize(1);
            assertThat(written.getAllPictures()).hasSize(1);
        }
        assertThat(WordSchema.errors(out.toByteArray())).isEmpty();
    }

    @Test
    void aReportWithQuestionnaireTablesAndChartsValidatesInEveryPart() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleExports.reportWriter().write(SampleExports.approvedReport()
                .withSurveyTables(org.thinktank.surveyflow.export.SampleSurveyData.reportTables()), out);

        assertThat(WordSchema.errors(out.toByteArray())).isEmpty();
    }

    @Test
    void anAdoptionReportValidatesInEveryPart() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AdoptionReportWriter(ReportTemplate.bundled(), SampleExports.messages(), java.time.Clock.systemUTC(),
                java.time.ZoneId.of("Asia/Shanghai")).write(org.thinktank.surveyflow.export.SampleSurveyData.adoption(),
                java.util.Locale.SIMPLIFIED_CHINESE, out);

        assertThat(WordSchema.errors(out.toByteArray())).isEmpty();
    }

    @Test
    void theSchemaRefusesRunPropertiesOutOfOrder() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText("中文");
            run.getCTR().addNewRPr().addNewLang().setEastAsia("zh-CN");
            run.getCTR().getRPr().addNewB();

            assertThat(WordSchema.errors(bytes(document))).singleElement().asString().contains("/word/document.xml");
        }
    }

    @Test
    void theSchemaRefusesATableWithoutItsGrid() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl table = document.createTable(1, 2).getCTTbl();
            if (table.getTblGrid() != null) {
                table.getDomNode().removeChild(table.getTblGrid().getDomNode());
            }

            assertThat(WordSchema.errors(bytes(document))).isNotEmpty();
        }
    }
}
