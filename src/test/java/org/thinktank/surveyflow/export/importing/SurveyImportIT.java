package org.thinktank.surveyflow.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.time.WorkCalendar;

/** POST /api/surveys/import: an organizer's .xlsx of investigations, launched all together or not at all. */
@IntegrationTest
class SurveyImportIT {

    private static final String IMPORT = "/api/surveys/import";

    @Autowired
    HttpFiles files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    ObjectMapper json;

    private LocalDate today;
    private DatabaseSnapshot before;

    @BeforeEach
    void rememberTheDatabase() {
        today = calendar.today();
        before = DatabaseSnapshot.of(jdbc);
    }

    private List<List<Object>> sheet(List<Object>... rows) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(ImportFiles.HEADER));
        List.of(rows).forEach(row -> sheet.add(new ArrayList<>(row)));
        return sheet;
    }

    private List<Object> good(String topic) {
        return ImportFiles.row(topic, "li.wei", "wang.fang", "zhou.qiang, m.ivanov", today);
    }

    private JsonNode body(HttpFiles.Download response) throws Exception {
        return json.readTree(response.text());
    }

    /** The refusal every bad file gets: 400, its message, and nothing launched. */
    private void assertRefused(HttpFiles.Download response, String expectedMessage) throws Exception {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(body(response).path("detail").asText()).contains(expectedMessage);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void organizerLaunchesEveryInvestigationOfTheSheetAndTheirProcessesStart() throws Exception {
        HttpFiles.Download response = files.upload("organizer", IMPORT, "调研计划.xlsx",
                ImportFiles.xlsx(sheet(good("城市更新调研 Urban renewal"), good("乡村振兴调研"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode launched = body(response);
        assertThat(launched).hasSize(2);
        assertThat(launched.get(0).path("topic").asText()).isEqualTo("城市更新调研 Urban renewal");
        assertThat(launched.get(1).path("team")).hasSize(2);
        DatabaseSnapshot after = DatabaseSnapshot.of(jdbc);
        assertThat(after.rows().get("survey")).isEqualTo(before.rows().get("survey") + 2);
        assertThat(after.rows().get("act_ru_task")).isEqualTo(before.rows().get("act_ru_task") + 2); // the plans
    }

    @Test
    void aSheetWithoutAPlanDueColumnHasThePlanDueWithTheFindings() throws Exception {
        HttpFiles.Download response = files.upload("organizer", IMPORT, "调研计划.xlsx",
                ImportFiles.xlsx(sheet(good("城市更新调研"))));

        long id = body(response).get(0).path("id").asLong();
        assertThat(jdbc.sql("select plan_due from survey where id = ?").param(id).query(java.time.LocalDate.class)
                .single()).isEqualTo(today.plusDays(10));
    }

    @Test
    void aPlanDueColumnGivesThePlanItsOwnDate() throws Exception {
        List<List<Object>> rows = sheet(good("城市更新调研"));
        rows.get(0).add("planDue");
        rows.get(1).add(today.plusDays(4));

        HttpFiles.Download response = files.upload("organizer", IMPORT, "调研计划.xlsx", ImportFiles.xlsx(rows));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long id = body(response).get(0).path("id").asLong();
        assertThat(jdbc.sql("select plan_due from survey where id = ?").param(id).query(java.time.LocalDate.class)
                .single()).isEqualTo(today.plusDays(4));
    }

    @Test
    void onlyOrganizersMayImport() throws Exception {
        HttpFiles.Download response = files.upload("li.wei", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet(good("T"))));
        assertThat(response.status()).isEqualTo(403);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefused() throws Exception {
        assertRefused(files.upload("organizer", IMPORT, "plan.csv",
                String.join(",", ImportFiles.HEADER).getBytes(StandardCharsets.UTF_8)), "is not an Excel workbook (.xlsx)");
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx",
                "meetingCode,topic".getBytes(StandardCharsets.UTF_8)), "is not an Excel workbook (.xlsx)");
    }

    @Test
    void aCorruptWorkbookIsRefused() throws Exception {
        byte[] truncated = java.util.Arrays.copyOf(ImportFiles.xlsx(sheet(good("T"))), 200);
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", truncated), "not a readable Excel workbook");
    }

    @Test
    void missingColumnsAreNamed() throws Exception {
        List<List<Object>> rows = sheet(good("T"));
        rows.forEach(row -> row.subList(7, 9).clear());
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(rows)),
                "row 1: missing column(s) draftDue, reviewDue");
    }

    @Test
    void badDatesAreReportedWithTheirRowAndColumn() throws Exception {
        List<Object> notADate = new ArrayList<>(good("T2"));
        notADate.set(6, "next week");
        List<Object> empty = new ArrayList<>(good("T3"));
        empty.set(9, "");
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet(good("T1"), notADate, empty))),
                "row 3, column G (findingsDue): 'next week' is not a date; use a date cell or yyyy-mm-dd; "
                        + "row 4, column J (approvalDue): a date is required");
    }

    @Test
    void badDatesAreReportedInChineseWhenTheOrganizerReadsChinese() throws Exception {
        List<Object> notADate = new ArrayList<>(good("T2"));
        notADate.set(6, "next week");
        List<Object> empty = new ArrayList<>(good("T3"));
        empty.set(9, "");
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet(good("T1"), notADate, empty)),
                        Locale.SIMPLIFIED_CHINESE),
                "第 3 行 G 列（findingsDue）：“next week”不是日期，请使用日期单元格或 yyyy-mm-dd 格式；"
                        + "第 4 行 J 列（approvalDue）：必须填写日期");
    }

    @Test
    void datesMayAlsoBeWrittenAsIsoText() throws Exception {
        List<Object> text = new ArrayList<>(good("ISO dates"));
        for (int column = 6; column < 10; column++) {
            text.set(column, text.get(column).toString());
        }
        assertThat(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet(text))).status()).isEqualTo(201);
    }

    @Test
    void unknownUsersRejectTheWholeFileEvenAfterGoodRows() throws Exception {
        List<Object> unknownLead = ImportFiles.row("T2", "nobody", "wang.fang", "zhou.qiang", today);
        List<Object> unknownReviewer = ImportFiles.row("T3", "li.wei", "", "ghost", today);
        HttpFiles.Download response = files.upload("organizer", IMPORT, "plan.xlsx",
                ImportFiles.xlsx(sheet(good("T1"), unknownLead, unknownReviewer)));

        assertRefused(response, "row 3, column D (lead): there is no user 'nobody'");
        assertThat(body(response).path("detail").asText()).contains("row 4, column F (reviewers): there is no user 'ghost'");
    }

    @Test
    void fieldRulesOfALaunchApplyPerCell() throws Exception {
        List<Object> blankTopic = new ArrayList<>(good(""));
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet(blankTopic))),
                "row 2, column B (topic): must not be blank");
    }

    @Test
    void aDateInThePastIsRefusedByTheLaunchRules() throws Exception {
        List<Object> past = new ArrayList<>(good("T"));
        past.set(6, today.minusDays(1));
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet(past))),
                "row 2, column G (findingsDue): " + today.minusDays(1) + " is in the past");
    }

    @Test
    void anEmptySheetIsRefused() throws Exception {
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(List.of())),
                "row 1: the sheet is empty");
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet())),
                "row 2: the sheet lists no investigations");
    }

    @Test
    void aSheetOfMoreThanAThousandInvestigationsIsRefused() throws Exception {
        List<List<Object>> huge = sheet();
        IntStream.range(0, 1_001).forEach(i -> huge.add(good("T" + i)));
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(huge)),
                "row 1002: a file may list at most 1000 investigations");
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws Exception {
        byte[] bomb = ImportFiles.zipBomb(ImportFiles.xlsx(sheet(good("T"))), 40 << 20);
        assertThat(bomb.length).isLessThan(1 << 20);
        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", bomb), "possible zip bomb");
    }

    @Test
    void theTemplateNamesEveryColumnAndAFilledInCopyImports() throws Exception {
        HttpFiles.Download template = files.get("organizer", IMPORT + "/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(files.get("li.wei", IMPORT + "/template.xlsx").status()).isEqualTo(403);

        byte[] filledIn;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).startsWith(ImportFiles.HEADER.toArray(String[]::new)).endsWith("conflictOverride", "planDue");
            Row row = sheet.createRow(1);
            List<Object> values = good("从模板导入 From the template");
            for (int column = 0; column < values.size(); column++) {
                if (values.get(column) instanceof LocalDate day) {
                    row.createCell(column).setCellValue(day);
                    row.getCell(column).setCellStyle(sheet.getColumnStyle(column));
                } else {
                    row.createCell(column).setCellValue(values.get(column).toString());
                }
            }
            workbook.write(out);
            filledIn = out.toByteArray();
        }
        HttpFiles.Download response = files.upload("organizer", IMPORT, "filled.xlsx", filledIn);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(body(response).get(0).path("topic").asText()).isEqualTo("从模板导入 From the template");
    }

    @Test
    void theEnglishTopicIsReadFromItsOptionalColumn() throws Exception {
        List<List<Object>> sheet = sheet(good("城市更新调研"), good("乡村振兴调研"));
        sheet.get(0).add("topicEn");
        sheet.get(1).add("Urban renewal");
        sheet.get(2).add("");

        HttpFiles.Download response = files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(body(response)).extracting(survey -> survey.has("topicEn") ? survey.path("topicEn").asText() : "none")
                .containsExactly("Urban renewal", "none");
    }

    @Test
    void aSheetWithoutTheEnglishTopicColumnStillImports() throws Exception {
        HttpFiles.Download response = files.upload("organizer", IMPORT, "plan.xlsx",
                ImportFiles.xlsx(sheet(good("城市更新调研"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(body(response).get(0).has("topicEn")).isFalse();
    }

    @Test
    void anEnglishTopicTooLongIsRefusedWithItsRowAndColumn() throws Exception {
        List<List<Object>> sheet = sheet(good("城市更新调研"));
        sheet.get(0).add("topicEn");
        sheet.get(1).add("a".repeat(301));

        assertRefused(files.upload("organizer", IMPORT, "plan.xlsx", ImportFiles.xlsx(sheet)),
                "row 2, column K (topicEn): must be at most 300 characters");
    }
}
