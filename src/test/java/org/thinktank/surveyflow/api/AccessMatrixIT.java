package org.thinktank.surveyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.programme.Session;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.support.AccessMatrix;
import org.thinktank.surveyflow.support.Datasets;
import org.thinktank.surveyflow.support.AccessMatrix.Identity;
import org.thinktank.surveyflow.support.AccessMatrix.Stage;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Programmes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.support.Tokens;

/**
 * The authorization matrix: every operation of the OpenAPI document, called by every identity (anonymous; a
 * researcher on the team and one not on it; the lead; the assigned reviewer and another reviewer; an organizer; an
 * admin) on an investigation in every stage, answers what {@code access-matrix.txt} writes in that cell. An
 * operation without a row fails the build, so a new endpoint cannot ship without its rule.
 *
 * <p>Run with the environment variable {@code ACCESS_MATRIX_RECORD=1} to write what the application answers to
 * {@code target/access-matrix.observed.txt}, for review before it replaces the expected table.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    private static final Path EXPECTED = Path.of("src/test/resources/access-matrix.txt");
    private static final Path OBSERVED = Path.of("target/access-matrix.observed.txt");
    private static final String PASSWORD = "demo";
    private static final Set<String> MULTIPART = Set.of("POST /api/surveys/import",
            "POST /api/meetings/{meetingId}/report-templates", "PUT /api/meetings/{meetingId}/branding/logo",
            "POST /api/surveys/{surveyId}/datasets");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tokens tokens;
    @Autowired
    Programmes programmes;
    @Autowired
    MeetingCatalog meetings;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    Datasets datasets;

    private final AtomicInteger unique = new AtomicInteger();
    private final Map<Stage, Fixture> fixtures = new EnumMap<>(Stage.class);
    private AccessMatrix expected;
    private String exportJob;

    /** The investigation a stage's cells are called on, and the ids its paths need. */
    private record Fixture(Survey survey, long findingId, String taskId) {
    }

    @BeforeAll
    void prepare() throws IOException {
        // The same password with bcrypt's lowest cost: authentication runs as in production, a thousand times faster.
        String cheapHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        jdbc.sql("update app_user set password_hash = :hash where username in (:users)").param("hash", cheapHash)
                .param("users", Stream.of(Identity.values()).map(Identity::username).filter(u -> u != null).toList())
                .update();
        expected = AccessMatrix.parse(Files.readString(EXPECTED));
        exportJob = call(Identity.ORGANIZER, HttpMethod.POST, "/api/meetings/" + surveys.meetingId() + "/exports",
                "{\"kind\":\"WORKBOOK\"}", false).body().path("id").asText();
    }

    @Test
    void everyOperationOfTheApiHasARowAndEveryRowIsAnOperation() {
        assertThat(expected.operations()).containsExactlyInAnyOrderElementsOf(operationsOfTheApi());
    }

    @TestFactory
    Stream<DynamicTest> everyIdentityGetsTheAnswerWrittenForItInEveryStage() {
        AccessMatrix observed = new AccessMatrix();
        return Stream.concat(operationsOfTheApi().stream().map(operation -> DynamicTest.dynamicTest(operation, () -> {
            List<String> wrong = new ArrayList<>();
            for (Identity identity : Identity.values()) {
                for (Stage stage : Stage.values()) {
                    int status = callInStage(operation, identity, stage);
                    observed.put(operation, identity, stage, status);
                    Integer cell = expected.get(operation, identity, stage);
                    if (cell == null || cell != status) {
                        wrong.add(identity + " in " + stage + ": expected " + cell + ", got " + status);
                    }
                }
            }
            assertThat(wrong).as(operation).isEmpty();
        })), Stream.of(DynamicTest.dynamicTest("write the observed matrix", () -> {
            if (System.getenv("ACCESS_MATRIX_RECORD") != null) {
                Files.writeString(OBSERVED, observed.format());
            }
        })));
    }

    private Set<String> operationsOfTheApi() {
        JsonNode paths = call(Identity.ANONYMOUS, HttpMethod.GET, "/v3/api-docs", null, false).body().path("paths");
        Set<String> operations = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }

    private int callInStage(String operation, Identity identity, Stage stage) {
        Fixture fixture = fixtures.computeIfAbsent(stage, this::fixtureIn);
        String[] parts = operation.split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        String path = parts[1].replace("{surveyId}", String.valueOf(fixture.survey().id()))
                .replace("{findingId}", String.valueOf(fixture.findingId()))
                .replace("{number}", "1")
                .replace("{version}", "1")
                .replace("{taskId}", fixture.taskId())
                .replace("{meetingId}", String.valueOf(surveys.meetingId()))
                .replace("{jobId}", exportJob)
                .replace("{username}", Identity.ON_TEAM.username())
                .replace("{reviewer}", Identity.REVIEWER.username())
                .replace("{researcher}", Identity.ON_TEAM.username());
        if (path.contains("{recommendationId}") || path.contains("{stepId}")) {
            path = path.replace("{recommendationId}", String.valueOf(recommendationOf(fixture.survey())))
                    .replace("{stepId}", String.valueOf(latestStepOf(fixture.survey())));
        }
        if (path.contains("{sessionId}")) {
            path = path.replace("{sessionId}", String.valueOf(matrixSession().id()));
        }
        if (path.contains("{notificationId}")) {
            path = path.replace("{notificationId}", String.valueOf(jdbc.sql(
                    "select max(id) from notification where recipient = ?").param(Identity.ON_TEAM.username())
                    .query(Long.class).single()));
        }
        if (path.contains("{datasetId}")) {
            path = path.replace("{datasetId}", String.valueOf(datasets.stored(fixture.survey().id(), Identity.ON_TEAM.username())));
        }
        if (path.contains("{tableId}")) {
            path = path.replace("{tableId}", String.valueOf(datasets.chosenTable(
                    datasets.stored(fixture.survey().id(), Identity.ON_TEAM.username()))));
        }
        if (path.contains("{tokenId}")) {
            path = path.replace("{tokenId}", String.valueOf(tokens.create(Identity.ON_TEAM.username()).id()));
        }
        assertThat(path).as("every path variable has a value").doesNotContain("{");
        boolean multipart = MULTIPART.contains(operation);
        int status = call(identity, method, path, multipart ? null : bodyOf(operation, fixture), multipart).code();
        if (method != HttpMethod.GET && status < 300 && changesTheInvestigation(parts[1])) {
            fixtures.remove(stage); // it changed the investigation: the next cell gets a fresh one
        }
        return status;
    }

    private static boolean changesTheInvestigation(String path) {
        return path.contains("{surveyId}") || path.contains("{taskId}");
    }

    /** The first recommendation of the investigation's approved report; 0 (none) before it is approved. */
    private long recommendationOf(Survey survey) {
        return jdbc.sql("select coalesce(min(id), 0) from recommendation where survey_id = ?").param(survey.id())
                .query(Long.class).single();
    }

    private long latestStepOf(Survey survey) {
        return jdbc.sql("""
                        select coalesce(max(a.id), 0) from adoption_step a join recommendation r on r.id = a.recommendation_id
                        where r.survey_id = ?""").param(survey.id()).query(Long.class).single();
    }

    /** A fresh session of the demo meeting, with no presentations (a cell may delete it), far from any other test's days. */
    private Session matrixSession() {
        return programmes.session(meetings.findByCode(Surveys.MEETING).orElseThrow(), "矩阵分论坛", "Matrix forum",
                LocalDate.of(2030, 1, 1), "09:00", "12:00", "A");
    }

    private Fixture fixtureIn(Stage stage) {
        Survey survey = surveys.launch();
        long finding = surveys.draftFinding(survey, Surveys.RESEARCHER).id();
        if (stage != Stage.FINDINGS) {
            surveys.allFindingsIn(survey);
        }
        if (stage.ordinal() >= Stage.REVIEW.ordinal()) {
            surveys.submitDraft(survey, "v1");
        }
        switch (stage) {
            case APPROVAL -> surveys.reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
            case DECISION -> surveys.reviewRound(survey, Recommendation.REJECT, Recommendation.ACCEPT);
            case PUBLISHED -> {
                surveys.reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
                surveys.approval(survey, DecisionOutcome.APPROVE);
            }
            default -> {
            }
        }
        String task = jdbc.sql("""
                        select t.id_ from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                        where p.business_key_ = ? order by t.start_time_ desc, t.id_ limit 1""")
                .param(survey.businessKey()).query(String.class).single();
        return new Fixture(survey, finding, task);
    }

    /** A valid body for each operation that takes one, so that whoever may call it gets past validation. */
    private String bodyOf(String operation, Fixture fixture) {
        int n = unique.incrementAndGet();
        return switch (operation) {
            case "POST /api/surveys" -> """
                    {"meetingCode":"AM21","topic":"矩阵调研 %d","region":"哈尔滨","lead":"li.wei","team":["wang.fang"],
                     "reviewers":["zhou.qiang","m.ivanov"],"planDue":"%s","findingsDue":"%s","draftDue":"%s",
                     "reviewDue":"%s","approvalDue":"%s"}""".formatted(n, due(5), due(10), due(20), due(30), due(35));
            case "POST /api/surveys/{surveyId}/findings", "PUT /api/surveys/{surveyId}/findings/{findingId}" -> """
                    {"title":"矩阵发现 %d","method":"INTERVIEW","place":"哈尔滨","observedOn":"2026-04-18",
                     "evidence":"访谈记录","recommendation":"建议"}""".formatted(n);
            case "PUT /api/surveys/{surveyId}/report/draft" -> """
                    {"summary":"摘要","background":"背景","method":"方法","findings":"发现","recommendations":"建议"}""";
            case "POST /api/surveys/{surveyId}/reviews" -> """
                    {"relevance":4,"evidence":4,"feasibility":4,"clarity":4,"recommendation":"ACCEPT",
                     "commentsForAuthors":"好"}""";
            case "POST /api/surveys/{surveyId}/approval" -> "{\"decision\":\"APPROVE\"}";
            case "POST /api/surveys/{surveyId}/plan/approval" -> "{\"decision\":\"APPROVE\"}";
            case "PUT /api/surveys/{surveyId}/plan" -> """
                    {"objectives":"矩阵目标","researchQuestions":"问题","methods":"问卷",
                     "sites":[{"place":"哈尔滨","startsOn":"2026-05-04","endsOn":"2026-05-08"}]}""";
            case "POST /api/surveys/{surveyId}/rejection-decision" -> "{\"decision\":\"CLOSE\",\"reason\":\"不可行\"}";
            case "POST /api/meetings" -> "{\"code\":\"MX%d\",\"name\":\"矩阵会议 %d\"}".formatted(n, n);
            case "POST /api/users" -> """
                    {"username":"matrix.%d","displayName":"矩阵 %d","role":"RESEARCHER","password":"Hq7!vLm2#pXe9"}"""
                    .formatted(n, n);
            case "POST /api/meetings/{meetingId}/exports" -> "{\"kind\":\"WORKBOOK\"}";
            case "POST /api/tokens" -> "{\"name\":\"matrix %d\"}".formatted(n);
            case "PUT /api/meetings/{meetingId}/branding" -> "{\"thinkTankName\":\"矩阵智库 %d\"}".formatted(n);
            case "PUT /api/meetings/{meetingId}/report-template" -> "{\"template\":\"default\"}";
            case "PUT /api/surveys/{surveyId}/report/responses" -> "{\"responses\":[]}";
            case "PUT /api/meetings/{meetingId}/schedule" -> """
                    {"planOffset":-75,"findingsOffset":-40,"draftOffset":-28,"reviewOffset":-18,"approvalOffset":-10}""";
            // the demo meeting's own day, and a shift by no days (refused): the other tests' deadlines stay put
            case "PUT /api/meetings/{meetingId}/date" -> "{\"opensOn\":\"%s\"}".formatted(
                    meetings.require(surveys.meetingId()).opensOn());
            case "POST /api/meetings/{meetingId}/deadline-shift" -> "{\"days\":0}";
            case "POST /api/surveys/{surveyId}/review/decline" -> "{\"reason\":\"矩阵谢绝 %d\"}".formatted(n);
            case "PUT /api/surveys/{surveyId}/team/reviewers/{reviewer}" -> "{\"replacement\":\"wu.jing\"}";
            case "PUT /api/surveys/{surveyId}/team/researchers/{researcher}" -> "{\"replacement\":\"liu.yang\"}";
            case "POST /api/surveys/{surveyId}/team/reviewers" -> "{\"login\":\"wu.jing\"}";
            case "POST /api/surveys/{surveyId}/team/researchers" -> "{\"login\":\"liu.yang\"}";
            case "POST /api/surveys/{surveyId}/decision/delegate" -> "{\"organizer\":\"organizer2\"}";
            case "POST /api/meetings/{meetingId}/sessions", "PUT /api/meetings/{meetingId}/sessions/{sessionId}" -> """
                    {"name":"矩阵分论坛","nameEn":"Matrix forum","heldOn":"2030-01-01","startsAt":"09:00","endsAt":"12:00","room":"A"}""";
            case "PUT /api/surveys/{surveyId}/presentation" -> """
                    {"sessionId":%d,"presenter":"li.wei","startsAt":"09:00","minutes":20,"allowConflict":true}"""
                    .formatted(matrixSession().id());
            case "POST /api/surveys/{surveyId}/recommendations/{recommendationId}/steps" ->
                    "{\"kind\":\"SENT\",\"on\":\"%s\",\"agency\":\"矩阵单位\"}".formatted(calendar.today());
            case "PUT /api/meetings/{meetingId}/follow-up" -> "{\"months\":[3,6]}";
            case "POST /api/surveys/{surveyId}/datasets/{datasetId}/tables" ->
                    "{\"question\":\"%s\",\"title\":\"矩阵表 %d\",\"chart\":true}".formatted(Datasets.QUESTION, n);
            case "POST /api/surveys/{surveyId}/datasets/{datasetId}/figures" ->
                    "{\"question\":\"%s\",\"findingId\":%d}".formatted(Datasets.QUESTION, fixture.findingId());
            default -> null;
        };
    }

    private String due(int days) {
        return surveys.launchRequest().findingsDue().minusDays(10).plusDays(days).toString();
    }

    private Response call(Identity identity, HttpMethod method, String path, String body, boolean multipart) {
        HttpHeaders headers = new HttpHeaders();
        if (identity.username() != null) {
            headers.setBasicAuth(identity.username(), PASSWORD, StandardCharsets.UTF_8);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
        Object payload = body;
        if (multipart) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", new ByteArrayResource("not a workbook".getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "surveys.xlsx";
                }
            });
            payload = parts;
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        } else if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            headers.setContentLength(0);
        }
        var response = rest.exchange(path, method, new HttpEntity<>(payload, headers), byte[].class);
        return new Response(response.getStatusCode().value(), response.getBody());
    }

    private record Response(int code, byte[] bytes) {
        JsonNode body() {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
