package org.thinktank.surveyflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.thinktank.surveyflow.export.Downloads;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.FormSignIn;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Programmes;
import org.thinktank.surveyflow.survey.Survey;

/** The programme in print (Word, bilingual), in the meeting package and in the meeting workbook. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeExportIT {

    private static final LocalDate FIRST_DAY = LocalDate.of(2031, 5, 5);

    @Autowired
    Programmes programmes;
    @Autowired
    Api api;
    @Autowired
    HttpFiles files;
    @Autowired
    TestRestTemplate http;

    private Meeting meeting;
    private Survey digital;

    @BeforeAll
    void aProgrammeOfTwoDaysWhoseSecondDayWasAddedFirst() {
        meeting = programmes.meeting(FIRST_DAY);
        Session dayTwo = programmes.session(meeting, "绿色发展分论坛", "Green Development Forum", FIRST_DAY.plusDays(1),
                "09:00", "12:00", "B 厅");
        Session dayOne = programmes.session(meeting, "数字经济分论坛", "Digital Economy Forum", FIRST_DAY,
                "14:00", "17:30", "A 厅");
        digital = programmes.published(meeting, "黑龙江省数字经济发展现状与路径调研",
                "Digital economy in Heilongjiang: where it stands and where it goes");
        Survey green = programmes.published(meeting, "绿色低碳转型调研", null);
        schedule(digital, dayOne, "li.wei", "14:00");
        schedule(green, dayTwo, "wang.fang", "09:30");
    }

    private void schedule(Survey survey, Session session, String presenter, String startsAt) {
        var saved = api.as("organizer").in("en").put("/api/surveys/" + survey.id() + "/presentation",
                Map.of("sessionId", session.id(), "presenter", presenter, "startsAt", startsAt, "minutes", 25));
        assertThat(saved.code()).as(saved.toString()).isEqualTo(200);
    }

    private String programmePath() {
        return "/api/meetings/" + meeting.id() + "/programme.docx";
    }

    private String wordText() throws IOException {
        HttpFiles.Download download = files.get("organizer", programmePath(), Locale.ENGLISH);
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/programme.docx"), download.body());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            return new XWPFWordExtractor(document).getText();
        }
    }

    @Test
    void theWordProgrammeIsADocxNamedAfterTheMeeting() {
        HttpFiles.Download download = files.get("organizer", programmePath(), Locale.ENGLISH);

        assertThat(download.headers().getContentType().equalsTypeAndSubtype(Downloads.DOCX)).isTrue();
        assertThat(download.disposition().getFilename()).startsWith(meeting.code() + " ").endsWith(" programme.docx");
    }

    @Test
    void theWordProgrammeSaysEverythingInBothLanguages() throws IOException {
        assertThat(wordText()).contains("报告日程 Programme of report presentations", "数字经济分论坛",
                "Digital Economy Forum", "黑龙江省数字经济发展现状与路径调研",
                "Digital economy in Heilongjiang: where it stands and where it goes", "时间 Time", "报告人 Presenter",
                "14:00–14:25", "会场：A 厅", "Room: A 厅", "Li Wei 李伟");
    }

    @Test
    void theWordProgrammeListsTheSessionsInDateOrder() throws IOException {
        String text = wordText();

        assertThat(text.indexOf("数字经济分论坛")).isPositive().isLessThan(text.indexOf("绿色发展分论坛"));
    }

    @Test
    void theProgrammePagesDownloadLinkWorksWithThePageSession() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, FormSignIn.sessionCookie(new FormSignIn(http).post("organizer", "demo").getHeaders()));

        ResponseEntity<byte[]> download = http.exchange(programmePath(), HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);

        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).endsWith(" programme.docx");
    }

    @Test
    void researchersMayNotDownloadTheWholeProgramme() {
        assertThat(files.get("li.wei", programmePath(), Locale.SIMPLIFIED_CHINESE).status()).isEqualTo(403);
    }

    /** A meeting without published reports, whose package LibreOffice need not convert a report for. */
    @Test
    void theMeetingPackageHoldsTheProgramme() throws IOException {
        Meeting sessionsOnly = programmes.meeting(FIRST_DAY);
        programmes.session(sessionsOnly, "冰雪经济分论坛", "Ice and Snow Economy Forum", FIRST_DAY, "09:00", "12:00", "C 厅");
        HttpFiles.Download download = files.get("organizer", "/api/meetings/" + sessionsOnly.id() + "/package.zip",
                Locale.SIMPLIFIED_CHINESE);
        byte[] programme = null;
        String index = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals("programme.docx")) {
                    programme = content;
                } else if (entry.getName().equals("index.html")) {
                    index = new String(content, StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(programme).isNotNull();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(programme))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains("冰雪经济分论坛", "暂无报告 No presentations yet");
        }
        assertThat(index).contains("<a href=\"programme.docx\">报告日程（Word）</a>");
    }

    @Test
    void theWorkbookHasAProgrammeSheetOfOneRowPerPresentationInChinese() throws IOException {
        List<List<String>> rows = programmeSheet(Locale.SIMPLIFIED_CHINESE, "报告日程");

        assertThat(rows.get(0)).containsExactly("分论坛", "日期", "开始时间", "结束时间", "时长（分钟）", "会场", "调研编号",
                "调研主题", "报告人");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains("数字经济分论坛", "14:00", "14:25", "25", "A 厅", digital.businessKey(),
                "黑龙江省数字经济发展现状与路径调研");
        assertThat(rows.get(1).get(8)).startsWith("Li Wei 李伟");
        assertThat(rows.get(2).get(0)).isEqualTo("绿色发展分论坛");
    }

    @Test
    void theWorkbookOfAnEnglishReaderNamesSessionsAndTopicsInEnglish() throws IOException {
        List<List<String>> rows = programmeSheet(Locale.ENGLISH, "Programme");

        assertThat(rows.get(1)).contains("Digital Economy Forum",
                "Digital economy in Heilongjiang: where it stands and where it goes");
        assertThat(rows.get(2)).contains("Green Development Forum", "绿色低碳转型调研");
    }

    private List<List<String>> programmeSheet(Locale language, String name) throws IOException {
        HttpFiles.Download download = files.get("organizer", "/api/meetings/" + meeting.id() + "/workbook.xlsx", language);
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet).as(name).isNotNull();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
