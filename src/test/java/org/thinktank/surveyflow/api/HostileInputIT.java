package org.thinktank.surveyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import org.thinktank.surveyflow.http.PageSession;
import org.thinktank.surveyflow.http.PageSession.FilePart;
import org.thinktank.surveyflow.http.PageSession.Multipart;
import org.thinktank.surveyflow.http.RawHttp;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The hostile and careless requests: each is refused with the status it deserves and a message that names the field
 * or says what was wrong, in words and never in Java types, and none of them changes a row of any table (the
 * application's or the engine's). Sent over a plain socket, so malformed headers, chunked bodies, bytes that are not
 * UTF-8 and unnormalized paths arrive as they were written.
 */
@IntegrationTest
class HostileInputIT {

    /** What a refusal must never show: Java types, class names, parser internals. */
    static final Pattern JAVA_TYPES = Pattern.compile(
            "java\\.|jakarta\\.|org\\.|com\\.fasterxml|BigDecimal|LocalDate|Duration\\b|Exception|JsonToken"
                    + "|Cannot deserialize|\\bString\\b|\\bInteger\\b|\\bLong\\b|\\bint\\b|\\blong\\b|`");

    private static final int MB = 1024 * 1024;

    private static Fixture fixture;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Surveys surveys;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    Api api;

    /** What the requests refer to: one investigation collecting findings, and signed-in page sessions. */
    record Fixture(int port, long surveyId, String task, long meetingId, LocalDate today, PageSession lead,
                   PageSession organizer) {

        RawHttp as(String user, String method, String path) {
            RawHttp request = RawHttp.to(port).request(method, path).header("Accept", "application/json");
            return user == null ? request : request.basic(user, "demo");
        }

        RawHttp json(String user, String method, String path, String body) {
            return as(user, method, path).body("application/json", body);
        }

        RawHttp json(String user, String method, String path, byte[] body) {
            return as(user, method, path).body("application/json", body);
        }

        String findings() {
            return "/api/surveys/" + surveyId + "/findings";
        }

        String reviews() {
            return "/api/surveys/" + surveyId + "/reviews";
        }

        /** A valid launch, then the given fields replaced (a {@link RawValue} is written as it is). */
        String launch(Object... overrides) {
            Map<String, Object> valid = new java.util.HashMap<>(Map.of("meetingCode", Surveys.MEETING,
                    "topic", "调研 Survey", "region", "哈尔滨", "lead", "li.wei", "team", List.of("wang.fang"),
                    "reviewers", List.of("zhou.qiang"), "findingsDue", today.plusDays(10).toString(),
                    "draftDue", today.plusDays(20).toString(), "reviewDue", today.plusDays(30).toString(),
                    "approvalDue", today.plusDays(40).toString()));
            valid.put("planDue", today.plusDays(5).toString());
            return object(valid, overrides);
        }

        String finding(Object... overrides) {
            return object(Map.of("title", "发现 Finding", "method", "QUESTIONNAIRE", "place", "哈尔滨",
                    "observedOn", today.minusDays(1).toString(), "evidence", "证据 Evidence",
                    "figures", List.of(Map.of("name", "受访企业数", "value", 212, "unit", "家"))), overrides);
        }

        String meeting(Object... overrides) {
            return object(Map.of("code", "H1", "name", "会议 Meeting"), overrides);
        }

        String review(Object... overrides) {
            return object(Map.of("relevance", 4, "evidence", 4, "feasibility", 4, "clarity", 4,
                    "recommendation", "ACCEPT", "commentsForAuthors", "好 Good"), overrides);
        }

        String user(Object... overrides) {
            return object(Map.of("username", "new.user", "displayName", "New User", "role", "RESEARCHER",
                    "password", "long-enough-password"), overrides);
        }

        private static String object(Map<String, Object> base, Object... overrides) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode node = json.valueToTree(new LinkedHashMap<>(base));
            for (int i = 0; i < overrides.length; i += 2) {
                String field = (String) overrides[i];
                Object value = overrides[i + 1];
                if (value instanceof RawValue raw) {
                    node.putRawValue(field, raw);
                } else {
                    node.set(field, json.valueToTree(value));
                }
            }
            return node.toString();
        }
    }

    /** One hostile or careless request, the status it gets and what its answer must say. */
    record Hostile(String name, Function<Fixture, RawHttp> request, int status, String says) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Hostile hostile(String name, int status, String says, Function<Fixture, RawHttp> request) {
        return new Hostile(name, request, status, says);
    }

    private static RawValue raw(String json) {
        return new RawValue(json);
    }

    static Stream<Hostile> cases() {
        List<Hostile> cases = new ArrayList<>();
        bodyLimits(cases);
        nulCharacters(cases);
        mediaTypeHeaders(cases);
        pathVariants(cases);
        lenientInput(cases);
        datesAndDurations(cases);
        typeMismatches(cases);
        malformedJson(cases);
        requestsThatMissTheirTarget(cases);
        return cases.stream();
    }

    private static void bodyLimits(List<Hostile> cases) {
        String big = "{\"name\": \"" + "x".repeat(5 * MB) + "\"}";
        cases.add(hostile("JSON over the limit, declared, as application/merge-patch+json", 413, "the limit is 4 MB",
                f -> f.as("organizer", "POST", "/api/meetings").body("application/merge-patch+json", big)));
        cases.add(hostile("JSON over the limit, declared, as application/vnd.x+json", 413, "the limit is 4 MB",
                f -> f.as("organizer", "POST", "/api/meetings").body("application/vnd.x+json", big)));
        cases.add(hostile("JSON over the limit, chunked", 413, "larger than the limit of 4 MB",
                f -> f.as("organizer", "POST", "/api/meetings").body("application/json", big).chunked()));
        cases.add(hostile("JSON over the limit, chunked, as application/merge-patch+json", 413,
                "larger than the limit of 4 MB",
                f -> f.as("organizer", "POST", "/api/meetings").body("application/merge-patch+json", big).chunked()));
        cases.add(hostile("JSON over the limit, chunked, as application/vnd.x+json", 413,
                "larger than the limit of 4 MB", f -> f.as("li.wei", "POST", "/api/tasks/any/complete")
                        .body("application/vnd.x+json", big).chunked()));
        cases.add(hostile("a body without a Content-Type is not read at all", 415, "is not supported",
                f -> f.as("organizer", "POST", "/api/meetings").body(null, big.getBytes(StandardCharsets.UTF_8)).chunked()));
        cases.add(hostile("JSON within the limit, chunked, is read and checked", 400, "name: must not be blank",
                f -> f.as("organizer", "POST", "/api/meetings").body("application/json", f.meeting("name", "")).chunked()));
        String hugeForm = "username=" + "x".repeat(11 * MB) + "&password=demo";
        cases.add(hostile("form over the limit, declared", 413, "the limit is 10 MB",
                f -> RawHttp.to(f.port()).request("POST", "/login").body("application/x-www-form-urlencoded", hugeForm)));
        cases.add(hostile("form over the limit, chunked", 413, "The form is larger than the limit of 10 MB",
                f -> RawHttp.to(f.port()).request("POST", "/login").body("application/x-www-form-urlencoded", hugeForm)
                        .chunked()));
        cases.add(hostile("form PUT over the limit, chunked (read by the form content filter)", 413,
                "larger than the limit of 10 MB", f -> f.as("organizer", "PUT", "/api/meetings")
                        .body("application/x-www-form-urlencoded", hugeForm).chunked()));
    }

    private static void nulCharacters(List<Hostile> cases) {
        String nul = "must not contain NUL characters (U+0000)";
        cases.add(hostile("NUL in a JSON text field", 400, "name: " + nul,
                f -> f.json("organizer", "POST", "/api/meetings", f.meeting("name", "会\u0000议"))));
        cases.add(hostile("NUL in a JSON list element", 400, "Team member 1: " + nul,
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("team", List.of("wang\u0000fang")))));
        cases.add(hostile("NUL in a nested JSON field", 400, "Name of figure 1: " + nul, f -> f.json("li.wei", "POST",
                f.findings(), f.finding("figures", List.of(Map.of("name", "a\u0000", "value", 1))))));
        cases.add(hostile("NUL in a multi-line JSON field", 400, "Evidence: " + nul,
                f -> f.json("li.wei", "POST", f.findings(), f.finding("evidence", "line one\n\u0000line two"))));
        cases.add(hostile("NUL in the generic task completion's fields", 400, "Comments for the authors: " + nul,
                f -> f.json("zhou.qiang", "POST", f.reviews(), f.review("commentsForAuthors", "\u0000"))));
        cases.add(hostile("NUL in a query parameter", 400, "q: " + nul,
                f -> f.as("li.wei", "GET", "/api/tasks?q=a%00b")));
        cases.add(hostile("NUL in a query parameter's name", 400, "the parameter name",
                f -> f.as("li.wei", "GET", "/api/tasks?a%00b=1")));
        cases.add(hostile("NUL in a page's query parameter", 400, "q: " + nul,
                f -> f.lead().request("GET", "/?q=%00")));
        cases.add(hostile("NUL in a form field", 400, "topic: " + nul, f -> f.organizer().post(
                "/meetings/" + f.meetingId() + "/surveys", "topic=a%00b&region=r&lead=li.wei")));
        cases.add(hostile("NUL in a multipart form field", 400, "title: " + nul, f -> f.lead().postMultipart(
                "/surveys/" + f.surveyId() + "/findings", "title", "发现\u0000", "method", "INTERVIEW")));
        cases.add(hostile("NUL in an import cell", 400, "row 2, column B (topic): " + nul,
                f -> importing(f, "topic", "调研" + NUL_IN_XLSX)));
        cases.add(hostile("NUL in the sign-in name", 401, "Sign in with a valid username",
                f -> f.as(null, "GET", "/api/me").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("li.wei\u0000:demo".getBytes(StandardCharsets.UTF_8)))));
    }

    private static void mediaTypeHeaders(List<Hostile> cases) {
        cases.add(hostile("Content-Type ';;;' on the health probe", 400, "The Content-Type header ';;;' is not a media type",
                f -> f.as(null, "GET", "/actuator/health").header("Content-Type", ";;;")));
        cases.add(hostile("Content-Type 'text/' on the health probe", 400, "The Content-Type header 'text/'",
                f -> f.as(null, "GET", "/actuator/health").header("Content-Type", "text/")));
        cases.add(hostile("Content-Type ';;;' on the sign-in page", 400, "is not a media type",
                f -> RawHttp.to(f.port()).request("GET", "/login").header("Content-Type", ";;;")));
        cases.add(hostile("Content-Type ';;;' on a page", 400, "is not a media type",
                f -> f.lead().request("GET", "/").header("Content-Type", ";;;")));
        cases.add(hostile("Content-Type with an unknown charset", 415, "the charset 'nope', which is not supported",
                f -> f.as("organizer", "POST", "/api/meetings").body("application/json; charset=nope", f.meeting())));
        cases.add(hostile("Accept ';;;'", 400, "The Accept header ';;;' is not a list of media types",
                f -> f.as("li.wei", "GET", "/api/surveys").header("Accept", ";;;")));
        cases.add(hostile("a JSON endpoint sent text", 415, "Content type 'text/plain",
                f -> f.as("organizer", "POST", "/api/meetings").body("text/plain", f.meeting())));
        cases.add(hostile("the import sent JSON", 415, "Content type 'application/json' is not supported",
                f -> f.json("organizer", "POST", "/api/surveys/import", "{}")));
    }

    /** Spellings of the admin-only engine and webapps (and of the API) that must neither pass nor fail. */
    private static void pathVariants(List<Hostile> cases) {
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("/engine-rest;x=y/engine", "may not contain \";\"");
        variants.put("/camunda;jsessionid=x/app/cockpit/", "may not contain \";\"");
        variants.put("//engine-rest/engine", "may not contain \"//\"");
        variants.put("/engine-rest/%2e%2e/engine", "may not contain \"%2e\"");
        variants.put("/api/../engine-rest/engine", "not normalized");
        variants.put("/engine-rest/./engine", "not normalized");
        variants.put("/api/./surveys", "not normalized");
        variants.put("/%65ngine-rest/engine", "encodes letters, digits");
        variants.put("/%61pi/surveys", "encodes letters, digits");
        variants.put("/API/surveys", "addresses are case-sensitive");
        variants.put("/ENGINE-REST/engine", "addresses are case-sensitive");
        variants.put("/Camunda/app/cockpit/", "addresses are case-sensitive");
        variants.put("/engine-rest%2Fengine", "Bad Request");
        variants.put("/engine-rest/engine%00", "Bad Request");
        variants.forEach((path, says) -> {
            int status = says.contains("case-sensitive") ? 404 : 400;
            for (String user : new String[] {"li.wei", null}) {
                String who = user == null ? "anonymous" : "a researcher";
                cases.add(hostile(path + " as " + who, status, says, f -> f.as(user, "GET", path)));
            }
        });
    }

    private static void lenientInput(List<Hostile> cases) {
        cases.add(hostile("a date-time where a date is expected", 400,
                "Findings due: must be a date like 2026-12-01, not '2026-12-01T10:00:00'", f -> f.json("organizer", "POST",
                        "/api/surveys", f.launch("findingsDue", "2026-12-01T10:00:00"))));
        cases.add(hostile("an instant where a date is expected", 400, "Observed on: must be a date like 2026-12-01",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("observedOn", "2026-04-18T00:00:00Z"))));
        cases.add(hostile("a title of ideographic spaces", 400, "Title: must not be blank",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("title", "\u3000\u3000"))));
        cases.add(hostile("a topic of no-break and zero-width spaces", 400, "Topic: must not be blank",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("topic", "\u00A0\u200B\u2007\uFEFF"))));
        cases.add(hostile("a lone surrogate", 400, "name: must not contain invalid characters (a lone UTF-16 surrogate)",
                f -> f.json("organizer", "POST", "/api/meetings", "{\"code\": \"H2\", \"name\": \"a\\ud800b\"}")));
        cases.add(hostile("a control character in a title", 400, "Title: must be one line without control characters",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("title", "a\u0007b"))));
        cases.add(hostile("a line break in a meeting's name", 400, "name: must be one line without control characters",
                f -> f.json("organizer", "POST", "/api/meetings", f.meeting("name", "会议\n第二行"))));
        cases.add(hostile("a text-direction override in a topic", 400, "Topic: must not contain text-direction controls",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("topic", "abc\u202Efdp.exe"))));
        cases.add(hostile("a control character in a user name at launch", 400, "Lead researcher: must be one line",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("lead", "li.wei\u0085"))));
        cases.add(hostile("a meeting code taken in another case", 409, "already exists",
                f -> f.json("organizer", "POST", "/api/meetings", f.meeting("code", "am21"))));
        cases.add(hostile("a user name taken in another case", 409, "user names are the same whatever their case",
                f -> f.json("admin", "POST", "/api/users", f.user("username", "Li.Wei"))));
        cases.add(hostile("a control character in a new user name", 400, "User name: may contain only",
                f -> f.json("admin", "POST", "/api/users", f.user("username", "new\u0001user"))));
    }

    private static void datesAndDurations(List<Hostile> cases) {
        cases.add(hostile("a due date in the year 999999999", 400, "Findings due: must be a date like 2026-12-01",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("findingsDue", "+999999999-12-31"))));
        cases.add(hostile("a due date more than five years ahead", 400, "Approval due: must be within 5 years",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("approvalDue", "9999-12-31"))));
        cases.add(hostile("a reminder lead of 999999999 days", 400, "Reminder lead time: must be at most 90 days",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("reminderLead", "P999999999D"))));
        cases.add(hostile("a revision period of 999999999 days", 400, "Revision period: must be at most 365 days",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("revisionPeriod", "P999999999D"))));
        cases.add(hostile("a reminder lead of nothing", 400, "Reminder lead time: must be positive",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("reminderLead", "PT0S"))));
        cases.add(hostile("a negative revision period", 400, "Revision period: must be positive",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("revisionPeriod", "-P3D"))));
        cases.add(hostile("a duration as a number", 400, "Reminder lead time: must be a duration like P2D",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("reminderLead", 86400))));
        cases.add(hostile("a duration that is not ISO 8601", 400, "Reminder lead time: must be a duration like P2D (ISO 8601), not '2 days'",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("reminderLead", "2 days"))));
        cases.add(hostile("a meeting opening in the year 999999999", 400, "Meeting day: must be a date like 2026-12-01",
                f -> f.json("organizer", "POST", "/api/meetings", f.meeting("opensOn", "+999999999-12-31"))));
        cases.add(hostile("an observation before the year 0", 400, "Observed on: must be a date like 2026-12-01",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("observedOn", "-0001-01-01"))));
        cases.add(hostile("February 30th", 400, "Observed on: must be a date like 2026-12-01, not '2026-02-30'",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("observedOn", "2026-02-30"))));
        cases.add(hostile("an import due far ahead", 400, "row 2, column J (approvalDue): must be within 5 years",
                f -> importing(f, "approvalDue", "9999-12-31")));
        cases.add(hostile("an import due in the year 999999999", 400, "row 2, column G (findingsDue): '+999999999-12-31'"
                + " is not a date", f -> importing(f, "findingsDue", "+999999999-12-31")));
        cases.add(hostile("a form's date in the year 999999999", 400, "must be a date like 2026-12-01",
                f -> f.organizer().post("/meetings/" + f.meetingId() + "/surveys",
                        "topic=t&region=r&lead=li.wei&reviewers=zhou.qiang&findingsDue=%2B999999999-12-31")));
    }

    private static void typeMismatches(List<Hostile> cases) {
        cases.add(hostile("an object for a text", 400, "Topic: must be text, not an object",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("topic", Map.of("a", 1)))));
        cases.add(hostile("a list for a text", 400, "Region: must be text, not a list",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("region", List.of("a")))));
        cases.add(hostile("a text for a list", 400, "Team: must be a list, not text",
                f -> f.json("organizer", "POST", "/api/surveys", f.launch("team", "wang.fang"))));
        cases.add(hostile("an object for a list", 400, "Figures: must be a list, not an object",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("figures", Map.of("name", "x")))));
        cases.add(hostile("a word for a score", 400, "Relevance: must be a whole number, not 'five'",
                f -> f.json("zhou.qiang", "POST", f.reviews(), f.review("relevance", "five"))));
        cases.add(hostile("a fraction for a score", 400, "Relevance: must be a whole number, not '4.7'",
                f -> f.json("zhou.qiang", "POST", f.reviews(), f.review("relevance", 4.7))));
        cases.add(hostile("a score beyond any whole number", 400, "Clarity: is out of range",
                f -> f.json("zhou.qiang", "POST", f.reviews(), f.review("clarity", raw("99999999999")))));
        cases.add(hostile("true for a score", 400, "Evidence (score): must be a whole number, not true or false",
                f -> f.json("zhou.qiang", "POST", f.reviews(), f.review("evidence", true))));
        cases.add(hostile("1e999999 for a score", 400, "Feasibility: is out of range",
                f -> f.json("zhou.qiang", "POST", f.reviews(), f.review("feasibility", raw("1e999999")))));
        cases.add(hostile("a word for a figure", 400, "Value of figure 1: must be a number, not '很多'",
                f -> f.json("li.wei", "POST", f.findings(),
                        f.finding("figures", List.of(Map.of("name", "n", "value", "很多"))))));
        cases.add(hostile("1e999999 for a figure", 400, "Value of figure 1: is out of range",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("figures",
                        raw("[{\"name\": \"n\", \"value\": 1e999999}]")))));
        cases.add(hostile("1e-999999 for a figure", 400, "Value of figure 1: is out of range",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("figures",
                        raw("[{\"name\": \"n\", \"value\": 1e-999999}]")))));
        cases.add(hostile("a figure of 30 digits", 400, "Value of figure 1: must have at most 16 digits before the decimal point and 4 after it",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("figures",
                        raw("[{\"name\": \"n\", \"value\": 123456789012345678901234567890}]")))));
        cases.add(hostile("a missing figure", 400, "Figure 1",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("figures", raw("[null]")))));
        cases.add(hostile("an unknown enum value", 400, "Method: 'GUESSWORK' is not one of Questionnaire",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("method", "GUESSWORK"))));
        cases.add(hostile("an enum value in another case", 400, "Recommendation: 'accept' is not one of Accept",
                f -> f.json("zhou.qiang", "POST", f.reviews(), f.review("recommendation", "accept"))));
        cases.add(hostile("an enum's number", 400, "Method: '2' is not one of Questionnaire",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("method", 2))));
        cases.add(hostile("a number for a date", 400, "Observed on: must be a date like 2026-12-01, not a number",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("observedOn", 20260418))));
        cases.add(hostile("a text beyond its field's limit", 400, "Meeting name: must be at most 300 characters",
                f -> f.json("organizer", "POST", "/api/meetings", f.meeting("name", "会".repeat(301)))));
        cases.add(hostile("a text of a million characters", 400, "Title: must be at most 300 characters",
                f -> f.json("li.wei", "POST", f.findings(), f.finding("title", "x".repeat(1_000_000)))));
        cases.add(hostile("an unknown field", 400, "colour: unknown field; allowed fields are city, code, name",
                f -> f.json("organizer", "POST", "/api/meetings", f.meeting("colour", "red"))));
        cases.add(hostile("a form's letters for a figure", 400, "must be a number",
                f -> f.lead().postMultipart("/surveys/" + f.surveyId() + "/findings", "title", "t", "method",
                        "INTERVIEW", "place", "p", "observedOn", f.today().toString(), "evidence", "e",
                        "figures[0].name", "n", "figures[0].value", "abc")));
    }

    private static void malformedJson(List<Hostile> cases) {
        cases.add(hostile("trailing garbage after the body", 400, "not valid JSON",
                f -> f.json("organizer", "POST", "/api/meetings", f.meeting() + " xyz")));
        cases.add(hostile("a second JSON value after the body", 400, "must be one JSON value; something follows it",
                f -> f.json("organizer", "POST", "/api/meetings", f.meeting() + " {}")));
        cases.add(hostile("a duplicate key", 400, "Name: appears more than once",
                f -> f.json("organizer", "POST", "/api/meetings", "{\"code\": \"H3\", \"name\": \"a\", \"name\": \"b\"}")));
        cases.add(hostile("an empty body", 400, "The request needs a JSON body",
                f -> f.json("organizer", "POST", "/api/meetings", "")));
        cases.add(hostile("a null body", 400, "The request needs a JSON body",
                f -> f.json("organizer", "POST", "/api/meetings", "null")));
        cases.add(hostile("a list for the body", 400, "The request body: must be an object, not a list",
                f -> f.json("organizer", "POST", "/api/meetings", "[]")));
        cases.add(hostile("a text for the body", 400, "The request body: must be an object, not text",
                f -> f.json("organizer", "POST", "/api/meetings", "\"AM22\"")));
        cases.add(hostile("a list for a task's fields", 400, "The request body: must be an object, not a list",
                f -> f.json("li.wei", "POST", "/api/tasks/" + f.task() + "/complete", "[]")));
        cases.add(hostile("JSON nested 5,000 deep", 400, "nests objects and lists too deeply",
                f -> f.json("zhou.qiang", "POST", "/api/tasks/any/complete", "[".repeat(5000) + "]".repeat(5000))));
        cases.add(hostile("JSON nested 101 deep", 400, "nests objects and lists too deeply",
                f -> f.json("zhou.qiang", "POST", "/api/tasks/any/complete", "{\"a\":".repeat(101) + "1" + "}".repeat(101))));
        cases.add(hostile("a number of 2,000 digits", 400, "a number with too many digits",
                f -> f.json("zhou.qiang", "POST", f.reviews(), f.review("relevance", raw("9".repeat(2000))))));
        cases.add(hostile("bytes that are not UTF-8", 400, "not valid UTF-8",
                f -> f.json("organizer", "POST", "/api/meetings", concat("{\"code\": \"H4\", \"name\": \"",
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}"))));
        cases.add(hostile("a body cut short", 400, "it ends too early",
                f -> f.json("organizer", "POST", "/api/meetings", "{\"code\": \"H5\", \"name\": ")));
        cases.add(hostile("a JSON comment", 400, "not valid JSON",
                f -> f.json("organizer", "POST", "/api/meetings", "{/* x */ \"code\": \"H6\", \"name\": \"n\"}")));
        cases.add(hostile("single quotes", 400, "not valid JSON",
                f -> f.json("organizer", "POST", "/api/meetings", "{'code': 'H7', 'name': 'n'}")));
    }

    private static void requestsThatMissTheirTarget(List<Hostile> cases) {
        cases.add(hostile("a method the address does not take", 405, "This address does not take DELETE requests",
                f -> f.as("organizer", "DELETE", "/api/surveys")));
        cases.add(hostile("TRACE", 400, "HTTP method \"TRACE\"", f -> f.as("organizer", "TRACE", "/api/surveys")));
        cases.add(hostile("a page post without its CSRF token", 403, "without a valid CSRF token",
                f -> f.lead().request("POST", "/surveys/" + f.surveyId() + "/findings/submit")
                        .body("application/x-www-form-urlencoded", "x=1")));
        cases.add(hostile("a page post with a forged CSRF token", 403, "without a valid CSRF token",
                f -> f.lead().request("POST", "/surveys/" + f.surveyId() + "/findings/submit")
                        .body("application/x-www-form-urlencoded", "_csrf=forged")));
        cases.add(hostile("an id that is a word", 400, "Investigation number: must be a whole number, not 'abc'",
                f -> f.as("organizer", "GET", "/api/surveys/abc")));
        cases.add(hostile("a negative id", 404, "There is no investigation -1",
                f -> f.as("organizer", "GET", "/api/surveys/-1")));
        cases.add(hostile("an id beyond any number", 400, "Investigation number: '99999999999999999999' is out of range",
                f -> f.as("organizer", "GET", "/api/surveys/99999999999999999999")));
        cases.add(hostile("an export id that is no id", 400, "Export number: must be an id like",
                f -> f.as("organizer", "GET", "/api/exports/not-an-id")));
        cases.add(hostile("a page's id that is a word", 400, "Investigation number: must be a whole number, not 'abc'",
                f -> f.lead().request("GET", "/surveys/abc")));
        cases.add(hostile("a query string with a broken escape", 400, "has a % not followed by two hexadecimal digits",
                f -> f.as("li.wei", "GET", "/api/tasks?q=%zz")));
        cases.add(hostile("a query string of 1,500 parameters (refused by Tomcat itself)", 400, "Bad Request",
                f -> f.as("li.wei", "GET", "/api/tasks?" + IntStream.range(0, 1500).mapToObj(i -> "p" + i + "=1")
                        .collect(Collectors.joining("&")))));
        cases.add(hostile("a Content-Length that is no number", 400, "Bad Request",
                f -> f.as("organizer", "POST", "/api/meetings").header("Content-Length", "abc")));
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** An import of one valid row with one cell replaced. */
    private static RawHttp importing(Fixture f, String column, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("meetingCode", Surveys.MEETING);
        row.put("topic", "导入 Import");
        row.put("region", "哈尔滨");
        row.put("lead", "li.wei");
        row.put("team", "wang.fang");
        row.put("reviewers", "zhou.qiang");
        row.put("findingsDue", f.today().plusDays(10).toString());
        row.put("draftDue", f.today().plusDays(20).toString());
        row.put("reviewDue", f.today().plusDays(30).toString());
        row.put("approvalDue", f.today().plusDays(40).toString());
        row.put(column, value);
        String boundary = Multipart.boundary();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Multipart.write(body, boundary, "file", new FilePart("surveys.xlsx", workbook(row)));
        return f.as("organizer", "POST", "/api/surveys/import")
                .body("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /**
     * Stands for U+0000 in a cell: XML cannot hold it, so POI writes it as '?', but Excel (and POI, reading) take the
     * escape _x0000_ for it, which is what is written in its place.
     */
    private static final String NUL_IN_XLSX = "NUL-IN-XLSX";

    private static byte[] workbook(Map<String, String> row) {
        return withNulEscapes(sheet(row));
    }

    private static byte[] withNulEscapes(byte[] xlsx) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(NUL_IN_XLSX, "_x0000_")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sheet(Map<String, String> row) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Investigations");
            Row header = sheet.createRow(0);
            Row values = sheet.createRow(1);
            int column = 0;
            for (Map.Entry<String, String> cell : row.entrySet()) {
                header.createCell(column).setCellValue(cell.getKey());
                values.createCell(column++).setCellValue(cell.getValue());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fixture fixture() {
        if (fixture == null || fixture.port() != port) {
            long surveyId = surveys.launch().id();
            fixture = new Fixture(port, surveyId, api.as("li.wei").openTask(surveyId, "submitFindings"),
                    surveys.meetingId(), calendar.today(), PageSession.signIn(port, "li.wei"),
                    PageSession.signIn(port, "organizer"));
        }
        return fixture;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithWhatWasWrongAndWritesNothing(Hostile hostile) {
        Fixture f = fixture();
        DatabaseSnapshot rowsBefore = DatabaseSnapshot.of(jdbc);
        String contentBefore = DatabaseSnapshot.contentOf(jdbc);

        RawHttp.Response response = hostile.request().apply(f).send();

        String said = said(response);
        assertThat(response.status()).as(shorter(response.toString())).isEqualTo(hostile.status());
        assertThat(said).as("what the refusal says").contains(hostile.says());
        assertThat(response.body()).as("the refusal names no Java type").doesNotContainPattern(JAVA_TYPES);
        assertThat(DatabaseSnapshot.of(jdbc)).as("row counts after the refusal").isEqualTo(rowsBefore);
        assertThat(DatabaseSnapshot.contentOf(jdbc)).as("content after the refusal").isEqualTo(contentBefore);
    }

    /** A problem's detail and errors, or the page's text. */
    private static String said(RawHttp.Response response) {
        String type = String.valueOf(response.header("content-type"));
        if (!type.contains("json")) {
            return HtmlUtils.htmlUnescape(response.body());
        }
        try {
            JsonNode problem = new ObjectMapper().readTree(response.body());
            List<String> parts = new ArrayList<>(List.of(problem.path("detail").asText()));
            problem.path("errors").forEach(error -> parts.add(error.path("message").asText()));
            return String.join(" | ", parts);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + shorter(response.body()), e);
        }
    }

    private static String shorter(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
