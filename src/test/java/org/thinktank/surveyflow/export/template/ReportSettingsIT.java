package org.thinktank.surveyflow.export.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.export.HttpFiles.Download;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;

/** A meeting's report settings over the API and on the organizers' page, each test on a meeting of its own. */
@IntegrationTest
class ReportSettingsIT {

    private static final AtomicInteger MEETINGS = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    HttpFiles files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pages pages;

    private long meetingId;
    private String base;

    @BeforeEach
    void aMeeting() {
        int n = MEETINGS.incrementAndGet();
        meetingId = api.as("organizer").post("/api/meetings",
                Map.of("code", "RS" + n + "X" + System.nanoTime() % 100000, "name", "第" + n + "届报告设置会议"))
                .body().path("id").asLong();
        base = "/api/meetings/" + meetingId;
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private Download uploadTemplate(String fileName, byte[] content) {
        return files.upload("organizer", base + "/report-templates", fileName, content);
    }

    /** The download refused with 400, naming the problem, and nothing written anywhere in the database. */
    private Download refusedWithNothingWritten(String problem, Supplier<Download> request) {
        DatabaseSnapshot rowsBefore = DatabaseSnapshot.of(jdbc);
        String contentBefore = DatabaseSnapshot.contentOf(jdbc);
        Download response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.text()).contains(problem);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(rowsBefore);
        assertThat(DatabaseSnapshot.contentOf(jdbc)).isEqualTo(contentBefore);
        return response;
    }

    private static String coverText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }

    @Test
    void organizerSetsTheThinkTankNamesAndEveryoneSignedInReadsThem() {
        var saved = api.as("organizer").put(base + "/branding",
                Map.of("thinkTankName", " 黑龙江省科学技术协会 ", "thinkTankNameEn", "Heilongjiang Association for S&T"));

        assertThat(saved.code()).as(saved.toString()).isEqualTo(200);
        var read = api.as("li.wei").get(base + "/branding").body();
        assertThat(read.path("thinkTankName").asText()).isEqualTo("黑龙江省科学技术协会");
        assertThat(read.path("thinkTankNameEn").asText()).isEqualTo("Heilongjiang Association for S&T");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'BRANDING_CHANGED' and meeting_id = ?")
                .param(meetingId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyOrganizersChangeTheBranding() {
        assertThat(api.as("li.wei").put(base + "/branding", Map.of("thinkTankName", "x")).code()).isEqualTo(403);
        assertThat(files.upload(HttpMethod.PUT, "li.wei", base + "/branding/logo", "a.png", new byte[] {1}).status())
                .isEqualTo(403);
    }

    @Test
    void aLogoIsStoredWithItsPixelSizeServedAndRemoved() throws IOException {
        byte[] logo = png(300, 120);
        Download stored = files.upload(HttpMethod.PUT, "organizer", base + "/branding/logo", "logo.png", logo);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.text()).contains("\"width\":300", "\"height\":120", "\"format\":\"png\"");
        Download served = files.get("li.wei", base + "/branding/logo");
        assertThat(served.body()).isEqualTo(logo);
        assertThat(served.headers().getContentType().equalsTypeAndSubtype(org.springframework.http.MediaType.IMAGE_PNG)).isTrue();
        assertThat(api.as("organizer").delete(base + "/branding/logo").code()).isEqualTo(204);
        assertThat(files.get("organizer", base + "/branding/logo").status()).isEqualTo(404);
    }

    @Test
    void aLogoThatIsNoImageIsRefusedAndNothingStored() {
        refusedWithNothingWritten("is not a PNG or JPEG image", () -> files.upload(HttpMethod.PUT, "organizer",
                base + "/branding/logo", "logo.png", "\u0089PNG not really".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aLogoOverOneMegabyteIsRefusedAndNothingStored() {
        refusedWithNothingWritten("is larger than 1,024 KB", () -> files.upload(HttpMethod.PUT, "organizer",
                base + "/branding/logo", "big.png", new byte[1024 * 1024 + 1]));
    }

    @Test
    void uploadsAreNumberedVersionsThatDownloadAsUploaded() throws IOException {
        byte[] template = ReportTemplateCheckTests.bundled("official-document.docx");

        Download first = uploadTemplate("公文模板.docx", template);
        Download second = uploadTemplate("second.docx", ReportTemplateCheckTests.bundled("study-report.docx"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.text()).contains("\"version\":1", "\"fileName\":\"公文模板.docx\"");
        assertThat(second.text()).contains("\"version\":2");
        var versions = api.as("organizer").get(base + "/report-templates").body();
        assertThat(versions.findValuesAsText("version")).containsExactly("2", "1");
        Download file = files.get("organizer", base + "/report-templates/1/file");
        assertThat(file.body()).isEqualTo(template);
        assertThat(file.disposition().getFilename()).isEqualTo("公文模板.docx");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'REPORT_TEMPLATE_UPLOADED' and meeting_id = ?")
                .param(meetingId).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aTemplateWithoutAStyleIsRefusedNamingItAndNothingStored() throws IOException {
        byte[] withoutCaption = ReportTemplateCheckTests.defaultTemplateWithout("Caption", true);
        refusedWithNothingWritten("lacks the paragraph style \\\"Caption\\\"",
                () -> uploadTemplate("t.docx", withoutCaption));
    }

    @Test
    void aTemplateWithoutTheTitlePlaceholderIsRefusedAndNothingStored() throws IOException {
        byte[] withoutTitle = ReportTemplateCheckTests.defaultTemplateWithout(null, false);
        refusedWithNothingWritten("no {{title}} placeholder", () -> uploadTemplate("t.docx", withoutTitle));
    }

    @Test
    void aMacroEnabledTemplateIsRefusedAndNothingStored() throws IOException {
        byte[] macros = ReportTemplateCheckTests.macroEnabled();
        refusedWithNothingWritten("contains macros", () -> uploadTemplate("t.docm", macros));
    }

    @Test
    void aZipBombIsRefusedAndNothingStored() throws IOException {
        byte[] bomb = ReportTemplateCheckTests.zipBomb();
        refusedWithNothingWritten("zip bomb", () -> uploadTemplate("t.docx", bomb));
    }

    @Test
    void aFileThatIsNoWordDocumentIsRefusedAndNothingStored() {
        refusedWithNothingWritten("is not a Word document",
                () -> uploadTemplate("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aChoiceOfAVersionTheMeetingLacksIsRefused() {
        var response = api.as("organizer").exchange(HttpMethod.PUT, base + "/report-template",
                Map.of("template", "uploaded:9"));
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.detail()).contains("no uploaded template version 9");
    }

    @Test
    void theMeetingsChoiceIsDefaultUntilAnOrganizerChooses() throws IOException {
        assertThat(api.as("organizer").get(base + "/report-template").body().path("template").asText())
                .isEqualTo("default");
        uploadTemplate("mine.docx", ReportTemplateCheckTests.bundled("study-report.docx"));

        var chosen = api.as("organizer").put(base + "/report-template", Map.of("template", "uploaded:1"));

        assertThat(chosen.code()).as(chosen.toString()).isEqualTo(200);
        assertThat(api.as("organizer").get(base + "/report-template").body().path("template").asText())
                .isEqualTo("uploaded:1");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'REPORT_TEMPLATE_CHOSEN' and meeting_id = ?")
                .param(meetingId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aChoiceOfNoTemplateIsRefused() {
        var response = api.as("organizer").put(base + "/report-template", Map.of("template", "fancy"));
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.detail()).contains("\"fancy\" is not a template");
    }

    @Test
    void thePreviewIsAWordDocumentWithTheMeetingsThinkTankOnTheCover() throws IOException {
        api.as("organizer").put(base + "/branding", Map.of("thinkTankName", "预览智库", "thinkTankNameEn", "Preview Institute"));
        files.upload(HttpMethod.PUT, "organizer", base + "/branding/logo", "logo.png", png(200, 100));

        for (String template : new String[] {"default", "official-document"}) {
            Download preview = files.get("organizer", base + "/report-templates/preview.docx?template=" + template,
                    java.util.Locale.SIMPLIFIED_CHINESE);

            assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
            assertThat(coverText(preview.body())).contains("预览智库", PreviewReport.TITLE).doesNotContain("{{");
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(preview.body()))) {
                assertThat(document.getAllPictures()).hasSize(template.equals("default") ? 1 : 0);
            }
        }
    }

    @Test
    void onlyOrganizersPreviewUploadAndChoose() {
        assertThat(files.get("li.wei", base + "/report-templates/preview.docx").status()).isEqualTo(403);
        assertThat(files.upload("li.wei", base + "/report-templates", "t.docx", new byte[] {1}).status()).isEqualTo(403);
        assertThat(api.as("li.wei").put(base + "/report-template", Map.of("template", "default")).code())
                .isEqualTo(403);
        assertThat(api.as("li.wei").get(base + "/report-templates").code()).isEqualTo(403);
    }

    @Test
    void theDashboardLinksToTheReportSettingsPage() throws Exception {
        pages.mvc().perform(get("/meetings/" + meetingId + "/dashboard").with(pages.as("organizer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/meetings/" + meetingId + "/report-settings")));
    }

    @Test
    void theReportSettingsPageIsInChineseForAChineseReader() throws Exception {
        pages.mvc().perform(get("/meetings/" + meetingId + "/report-settings?lang=zh-CN").with(pages.as("organizer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("报告设置"),
                        Matchers.containsString("公文格式 GB/T 9704-2012（内置）"),
                        Matchers.containsString("尚未上传模板"))));
    }

    @Test
    void theReportSettingsPageIsForOrganizersOnly() throws Exception {
        pages.mvc().perform(get("/meetings/" + meetingId + "/report-settings").with(pages.as("li.wei")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedUploadOnThePageShowsItsProblemsOnThePage() throws Exception {
        byte[] withoutCaption = ReportTemplateCheckTests.defaultTemplateWithout("Caption", true);
        pages.mvc().perform(MockMvcRequestBuilders.multipart("/meetings/" + meetingId + "/report-settings/templates")
                        .file(new MockMultipartFile("file", "t.docx", "application/octet-stream", withoutCaption))
                        .param("lang", "zh-CN")
                        .with(pages.as("organizer"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("模板未保存"),
                        Matchers.containsString("模板缺少段落样式“Caption”"))));
    }
}
