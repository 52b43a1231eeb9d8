package org.thinktank.surveyflow.export.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Surveys;

/**
 * A server whose LibreOffice is missing: PDFs are a 503 in the reader's language, the package comes without them.
 * This test has its own application context (another LibreOffice home, its own embedded database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "surveyflow.embedded-database.data-directory=target/test-postgres/no-office-data")
@ActiveProfiles("test")
@DirtiesContext // closes this extra context (and its database) once its tests ran
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfWithoutOfficeIT {

    @Autowired
    Surveys surveys;
    @Autowired
    TestRestTemplate rest;

    private Survey approved;

    @DynamicPropertySource
    static void libreOfficeIsNotInstalled(DynamicPropertyRegistry properties) {
        properties.add("surveyflow.office.home", () -> {
            try {
                return Files.createTempDirectory("no-libreoffice").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @BeforeAll
    void anApprovedInvestigation() {
        approved = surveys.awaitingApproval();
        surveys.approval(approved, DecisionOutcome.APPROVE);
    }

    private ResponseEntity<byte[]> get(String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("organizer", "demo", StandardCharsets.UTF_8);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private ResponseEntity<byte[]> pdf(String language) {
        return get("/api/surveys/" + approved.id() + "/report/versions/1/document.pdf", language);
    }

    private static String body(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    @Test
    void aPdfIsUnavailableAndSaysSoInChinese() {
        ResponseEntity<byte[]> response = pdf("zh-CN,zh;q=0.9");

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(body(response)).contains("服务器未安装 LibreOffice 或无法启动它，暂时无法生成 PDF；Word 文件仍可下载。");
    }

    @Test
    void aPdfIsUnavailableAndSaysSoInEnglish() {
        ResponseEntity<byte[]> response = pdf("en");

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(body(response)).contains("LibreOffice is not installed on the server or could not start");
    }

    @Test
    void theWordFileStillDownloads() {
        assertThat(get("/api/surveys/" + approved.id() + "/report/versions/1/document.docx", "zh-CN")
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theMeetingPackageComesWithoutPdfsAndItsIndexSaysSoInTheRequestersLanguage() throws IOException {
        ResponseEntity<byte[]> response = get("/api/meetings/" + surveys.meetingId() + "/package.zip", "zh-CN");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        String index = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getBody()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("index.html")) {
                    index = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }

        assertThat(names).anyMatch(name -> name.endsWith(".docx")).noneMatch(name -> name.endsWith(".pdf"));
        assertThat(index).contains("未能生成 PDF 文件（服务器上的 LibreOffice 不可用）");
    }
}
