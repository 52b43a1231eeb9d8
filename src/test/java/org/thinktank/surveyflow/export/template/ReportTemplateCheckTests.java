package org.thinktank.surveyflow.export.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

class ReportTemplateCheckTests {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ReportTemplateCheck check = new ReportTemplateCheck(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static byte[] bundled(String name) throws IOException {
        try (InputStream in = new ClassPathResource("report-templates/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The default template with one paragraph style removed, or with its cover's {{title}} typed as plain text. */
    static byte[] defaultTemplateWithout(String styleId, boolean titlePlaceholder) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ClassPathResource("report-templates/study-report.docx")
                .getInputStream()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (styleId != null) {
                var styles = document.getStyles().getCtStyles();
                for (int i = styles.sizeOfStyleArray() - 1; i >= 0; i--) {
                    if (styles.getStyleArray(i).getStyleId().equals(styleId)) {
                        styles.removeStyle(i);
                    }
                }
            }
            if (!titlePlaceholder) {
                document.getParagraphs().forEach(p -> p.getRuns().forEach(r -> {
                    if ("{{title}}".equals(r.text())) {
                        r.setText("标题", 0);
                    }
                }));
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A copy of the default template whose content types declare a macro-enabled document. */
    static byte[] macroEnabled() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bundled("study-report.docx")));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(
                            "wordprocessingml.document.main+xml", "../ms-word.document.macroEnabled.main+xml")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
            }
        }
        return out.toByteArray();
    }

    /** A zip of one entry of zeros that inflates to far more than its size. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"study-report.docx", "official-document.docx"})
    void bothBundledTemplatesPass(String name) throws IOException {
        assertThat(check.problems(name, bundled(name), CHINESE)).isEmpty();
    }

    @Test
    void aFileThatIsNoWordDocumentIsRefused() {
        assertThat(check.problems("模板.docx", "不是文档".getBytes(StandardCharsets.UTF_8), CHINESE))
                .containsExactly("“模板.docx”不是 Word 文档（.docx）。");
    }

    @Test
    void aWorkbookNamedDocxIsRefusedAsUnreadable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(check.problems("book.docx", out.toByteArray(), Locale.ENGLISH))
                .containsExactly("\"book.docx\" cannot be read as a Word document (.docx); save it again in Word and upload it.");
    }

    @Test
    void aFileOverFiveMegabytesIsRefused() {
        byte[] large = new byte[ReportTemplateCheck.MAX_BYTES + 1];
        assertThat(check.problems("big.docx", large, CHINESE)).singleElement().asString().contains("超过 5 MB");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsRead() throws IOException {
        assertThat(check.problems("bomb.docx", zipBomb(), CHINESE)).singleElement().asString().contains("压缩炸弹");
    }

    @Test
    void aMacroEnabledDocumentIsRefused() throws IOException {
        assertThat(check.problems("宏.docm", macroEnabled(), CHINESE)).singleElement().asString().contains("含有宏");
    }

    @Test
    void aMissingStyleIsNamed() throws IOException {
        assertThat(check.problems("t.docx", defaultTemplateWithout("Caption", true), CHINESE))
                .containsExactly("模板缺少段落样式“Caption”；请在 Word 的样式窗格中定义后重新上传。");
    }

    @Test
    void aCoverWithoutTheTitlePlaceholderIsRefused() throws IOException {
        assertThat(check.problems("t.docx", defaultTemplateWithout(null, false), CHINESE))
                .containsExactly("封面缺少 {{title}} 占位符；请在报告标题处输入 {{title}}。");
    }

    @Test
    void stylesNamedAsWordInOtherLanguagesNamesThemAreAccepted() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(bundled("study-report.docx")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getStyles().getStyle("Heading1").getCTStyle().setStyleId("1");
            document.write(out);

            assertThat(check.problems("localized.docx", out.toByteArray(), CHINESE)).isEmpty();
            try (XWPFDocument opened = org.thinktank.surveyflow.export.word.ReportTemplate.of(out.toByteArray()).open()) {
                assertThat(opened.getStyles().getStyle("Heading1")).isNotNull();
                assertThat(opened.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            }
        }
    }

    @Test
    void eachProblemIsListed() throws IOException {
        List<String> problems = check.problems("t.docx", defaultTemplateWithout("TOC2", false), Locale.ENGLISH);
        assertThat(problems).hasSize(2);
    }
}
