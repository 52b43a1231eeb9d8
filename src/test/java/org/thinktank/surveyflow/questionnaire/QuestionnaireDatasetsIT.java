package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.http.RawHttp;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;

/**
 * Questionnaire datasets through the API: uploaded in the tools' layouts and read back, each bad file refused in
 * the reader's language with nothing stored, and who may see them. Demo team: li.wei (lead) and wang.fang.
 */
@IntegrationTest
class QuestionnaireDatasetsIT {

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    Refusals refusals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportTables reportTables;
    @LocalServerPort
    int port;

    private static String datasets(Survey survey) {
        return "/api/surveys/" + survey.id() + "/datasets";
    }

    private Response upload(Survey survey, String username, String fileName, byte[] content, String language) {
        return api.as(username).in(language).postFile(datasets(survey), fileName, content, "title", "营商环境问卷");
    }

    private static JsonNode question(JsonNode view, String name) {
        for (JsonNode question : view.path("summary").path("questions")) {
            if (question.path("question").asText().equals(name)) {
                return question;
            }
        }
        throw new AssertionError("no question " + name + " in " + view);
    }

    @Test
    void aWenjuanxingWorkbookIsSummarisedAndReadBackWithItsMetadataHidden() {
        Survey survey = surveys.launch();
        Response uploaded = upload(survey, "wang.fang", "问卷星导出.xlsx", QuestionnaireFiles.wenjuanxingXlsx(12), "zh-CN");
        assertThat(uploaded.code()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.body().path("title").asText()).isEqualTo("营商环境问卷");

        JsonNode view = api.as("wang.fang").in("zh-CN").get(datasets(survey) + "/" + uploaded.body().path("id").asLong()).body();

        assertThat(view.path("summary").path("respondents").asLong()).isEqualTo(12);
        assertThat(question(view, QuestionnaireFiles.WJX_REGION).path("kind").asText()).isEqualTo("SINGLE_CHOICE");
        assertThat(question(view, QuestionnaireFiles.WJX_SERVICES).path("kind").asText()).isEqualTo("MULTIPLE_CHOICE");
        assertThat(question(view, QuestionnaireFiles.WJX_SATISFACTION).path("kind").asText()).isEqualTo("LIKERT");
        assertThat(question(view, QuestionnaireFiles.WJX_AGE).path("kind").asText()).isEqualTo("NUMBER");
        assertThat(view.path("summary").path("hiddenColumns").toString()).contains("来自IP");
    }

    @Test
    void aGb18030CsvAndAKoboWorkbookAreListedWithTheirRespondents() {
        Survey survey = surveys.launch();
        assertThat(upload(survey, "wang.fang", "wjx.csv", QuestionnaireFiles.wenjuanxingCsv(9), "en").code()).isEqualTo(201);
        assertThat(upload(survey, "li.wei", "kobo.xlsx", QuestionnaireFiles.koboXlsx(7, false), "en").code()).isEqualTo(201);

        JsonNode list = api.as("organizer").in("en").get(datasets(survey)).body();

        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("respondents").asLong()).isEqualTo(9);
        assertThat(list.get(0).path("contentType").asText()).isEqualTo("text/csv");
        assertThat(list.get(1).path("respondents").asLong()).isEqualTo(7);
        JsonNode kobo = api.as("organizer").in("en").get(datasets(survey) + "/" + list.get(1).path("id").asLong()).body();
        assertThat(question(kobo, QuestionnaireFiles.KOBO_SERVICES).path("kind").asText()).isEqualTo("MULTIPLE_CHOICE");
    }

    static Stream<Arguments> badFiles() {
        byte[] header = "地区,年龄\n".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("not a table", "data.xlsx", "%PDF-1.7 binary".getBytes(StandardCharsets.ISO_8859_1),
                        "不是表格文件", "not a table"),
                Arguments.of("mismatched columns", "data.csv", "地区,年龄\n华东,30\n华北,41,多余\n".getBytes(StandardCharsets.UTF_8),
                        "第 3 行", "row 3"),
                Arguments.of("empty", "data.csv", new byte[0], "是空文件", "is empty"),
                Arguments.of("header only", "data.csv", header, "没有答卷", "no respondents"),
                Arguments.of("formula injection", "data.csv",
                        "地区,建议\n华东,=HYPERLINK(\"http://x\")\n".getBytes(StandardCharsets.UTF_8), "公式", "formula"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedInChineseAndStoresNothing(String what, String fileName, byte[] content, String chinese,
                                                     String english) {
        Survey survey = surveys.launch();
        refusals.expect(400, chinese, () -> upload(survey, "wang.fang", fileName, content, "zh-CN"));
        refusals.expect(400, english, () -> upload(survey, "wang.fang", fileName, content, "en"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileItArrivesAndStoresNothing() {
        Survey survey = surveys.launch();
        long before = jdbc.sql("select count(*) from questionnaire_dataset").query(Long.class).single();
        String boundary = "dataset-boundary";
        InputStream body = new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"huge.csv\"\r\nContent-Type: text/csv\r\n\r\n地区,年龄\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new GeneratedRows(200L * 1024 * 1024)),
                new ByteArrayInputStream(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));

        RawHttp.Response response = RawHttp.to(port).request("POST", datasets(survey)).basic("wang.fang", "demo")
                .header("Accept-Language", "zh-CN").header("Accept", "application/json")
                .streamedBody("multipart/form-data; boundary=" + boundary, body).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.body()).contains("50 MB");
        assertThat(jdbc.sql("select count(*) from questionnaire_dataset").query(Long.class).single()).isEqualTo(before);
    }

    /** Rows of a CSV made as they are read, so that 200 MB is never in memory. */
    private static final class GeneratedRows extends InputStream {

        private static final byte[] ROW = "华东,42\n".getBytes(StandardCharsets.UTF_8);
        private long left;
        private int at;

        GeneratedRows(long bytes) {
            this.left = bytes;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            byte next = ROW[at];
            at = (at + 1) % ROW.length;
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = ROW[at];
                at = (at + 1) % ROW.length;
            }
            left -= n;
            return n;
        }
    }

    @Test
    void researchersOfOtherInvestigationsAndReviewersSeeNoDatasetWhileOrganizersDownloadTheFile() {
        Survey survey = surveys.launch();
        byte[] file = QuestionnaireFiles.wenjuanxingXlsx(5);
        long id = upload(survey, "wang.fang", "wjx.xlsx", file, "zh-CN").body().path("id").asLong();

        assertThat(api.as("zhang.lei").in("zh-CN").get(datasets(survey)).code()).isEqualTo(403);
        Response reviewer = api.as("zhou.qiang").in("zh-CN").get(datasets(survey) + "/" + id);
        assertThat(reviewer.code()).isEqualTo(403);
        assertThat(reviewer.detail()).contains("仅供课题组和组织方查看");
        assertThat(api.as("zhou.qiang").in("zh-CN").get(datasets(survey) + "/" + id + "/file").code()).isEqualTo(403);
        assertThat(api.as("organizer").in("zh-CN").postFile(datasets(survey), "wjx.xlsx", file).code()).isEqualTo(403);
        Response download = api.as("organizer").in("zh-CN").get(datasets(survey) + "/" + id + "/file");
        assertThat(download.code()).isEqualTo(200);
        assertThat(download.headers().getContentType().toString()).startsWith("application/vnd.openxmlformats");
    }

    @Test
    void onlyTheUploaderOrTheLeadDeletesADataset() {
        Survey survey = surveys.launch();
        long byLead = upload(survey, "li.wei", "wjx.xlsx", QuestionnaireFiles.wenjuanxingXlsx(5), "zh-CN").body().path("id").asLong();

        refusals.expect(403, "只有", () -> api.as("wang.fang").in("zh-CN").delete(datasets(survey) + "/" + byLead));
        assertThat(api.as("li.wei").in("zh-CN").delete(datasets(survey) + "/" + byLead).code()).isEqualTo(204);
        assertThat(api.as("li.wei").in("zh-CN").get(datasets(survey)).body()).isEmpty();
    }

    @Test
    void theLeadChoosesACrossTableForTheReportWhichKeepsNoFreeText() {
        Survey survey = surveys.launch();
        long id = upload(survey, "wang.fang", "wjx.xlsx", QuestionnaireFiles.wenjuanxingXlsx(12), "zh-CN").body().path("id").asLong();
        String choice = """
                {"question":"%s","by":"%s","title":"满意度（按地区）","caption":"来源：问卷星","chart":true}"""
                .formatted(QuestionnaireFiles.WJX_SATISFACTION, QuestionnaireFiles.WJX_REGION);

        refusals.expect(403, "课题负责人", () -> api.as("wang.fang").in("zh-CN").post(datasets(survey) + "/" + id + "/tables", choice));
        Response chosen = api.as("li.wei").in("zh-CN").post(datasets(survey) + "/" + id + "/tables", choice);

        assertThat(chosen.code()).as(chosen.toString()).isEqualTo(201);
        assertThat(api.as("organizer").in("zh-CN").get("/api/surveys/" + survey.id() + "/report-tables").body())
                .hasSize(1);
        List<ReportTable> report = reportTables.forReport(survey.id());
        assertThat(report).hasSize(1);
        assertThat(report.get(0).cross().columns()).isNotEmpty();
        assertThat(report.get(0).summary().sampleAnswers()).isEmpty();
        assertThat(report.get(0).dataset()).isEqualTo("营商环境问卷");
    }

    @Test
    void onlyTheOrganizersWorkbookHasTheRawRowsWithTheMetadataColumns() {
        Survey survey = surveys.launch();
        upload(survey, "wang.fang", "wjx.xlsx", QuestionnaireFiles.wenjuanxingXlsx(12), "zh-CN");

        DatasetSheet plain = sheetOf(survey, false);
        DatasetSheet organizers = sheetOf(survey, true);

        assertThat(plain.raw()).isNull();
        assertThat(plain.summary().questions()).allMatch(q -> q.sampleAnswers().isEmpty());
        assertThat(organizers.raw().header()).contains("来自IP", QuestionnaireFiles.WJX_REGION);
        List<List<String>> rows = new ArrayList<>();
        organizers.raw().rows().forEach(rows::add);
        assertThat(rows).hasSize(12).allMatch(row -> row.size() == organizers.raw().header().size());
    }

    private DatasetSheet sheetOf(Survey survey, boolean withRaw) {
        return reportTables.forWorkbook(surveys.meetingId(), withRaw).stream()
                .filter(sheet -> sheet.surveyKey().equals(survey.businessKey())).findFirst().orElseThrow();
    }

    @Test
    void aFreeTextQuestionIsNotPutInTheReport() {
        Survey survey = surveys.launch();
        long id = upload(survey, "wang.fang", "wjx.xlsx", QuestionnaireFiles.wenjuanxingXlsx(12), "zh-CN").body().path("id").asLong();

        refusals.expect(400, "个人信息", () -> api.as("li.wei").in("zh-CN").post(datasets(survey) + "/" + id + "/tables",
                "{\"question\":\"%s\",\"title\":\"建议\",\"chart\":false}".formatted(QuestionnaireFiles.WJX_SUGGESTION)));
    }

    @Test
    void aChoiceQuestionBecomesPercentFiguresOfTheResearchersDraftFinding() {
        Survey survey = surveys.launch();
        long finding = surveys.draftFinding(survey, Surveys.RESEARCHER).id();
        long id = upload(survey, "wang.fang", "wjx.xlsx", QuestionnaireFiles.wenjuanxingXlsx(12), "zh-CN").body().path("id").asLong();

        Response added = api.as("wang.fang").in("zh-CN").post(datasets(survey) + "/" + id + "/figures",
                "{\"question\":\"%s\",\"findingId\":%d}".formatted(QuestionnaireFiles.WJX_REGION, finding));

        assertThat(added.code()).as(added.toString()).isEqualTo(200);
        List<String> figures = new ArrayList<>();
        added.body().path("figures").forEach(f -> figures.add(f.path("name").asText() + "=" + f.path("value").asText()
                + f.path("unit").asText()));
        assertThat(figures).anyMatch(f -> f.startsWith("华东=") && f.endsWith("%"));
    }

    @Test
    void aNumberQuestionBecomesItsMeanAndMedianInTheReadersLanguage() {
        Survey survey = surveys.launch();
        long finding = surveys.draftFinding(survey, Surveys.RESEARCHER).id();
        long id = upload(survey, "wang.fang", "wjx.xlsx", QuestionnaireFiles.wenjuanxingXlsx(12), "zh-CN").body().path("id").asLong();

        Response added = api.as("wang.fang").in("zh-CN").post(datasets(survey) + "/" + id + "/figures",
                "{\"question\":\"%s\",\"findingId\":%d}".formatted(QuestionnaireFiles.WJX_AGE, finding));

        assertThat(added.body().path("figures").toString()).contains(QuestionnaireFiles.WJX_AGE + "：平均值")
                .contains("：中位数");
    }

    @Test
    void noDatasetIsUploadedOnceTheReportIsInReview() {
        Survey survey = surveys.inReview();

        refusals.expect(409, "已不能再更改", () -> upload(survey, "wang.fang", "wjx.xlsx",
                QuestionnaireFiles.wenjuanxingXlsx(5), "zh-CN"));
    }
}
