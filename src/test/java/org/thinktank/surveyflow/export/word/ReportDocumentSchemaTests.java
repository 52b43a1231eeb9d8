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
