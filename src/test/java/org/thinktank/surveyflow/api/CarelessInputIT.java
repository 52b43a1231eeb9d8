package org.thinktank.surveyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thinktank.surveyflow.http.PageSession;
import org.thinktank.surveyflow.http.RawHttp;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.JsonBodies;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Careless input that is not refused: it is taken as meant. Spaces at the edges are dropped, names in another case
 * are the same names, text that looks like SQL or a script is kept as written and shown as text, bodies within the
 * limits are read however they are sent, and the pages fall back to a language they have.
 */
@IntegrationTest
class CarelessInputIT {

    @LocalServerPort
    int port;
    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkCalendar calendar;

    private Map<String, Object> finding(Object... overrides) {
        return JsonBodies.of(json, Surveys.finding("x"), overrides);
    }

    private Map<String, Object> launch(Object... overrides) {
        return JsonBodies.of(json, surveys.launchRequest(), overrides);
    }

    @Test
    void singleLineTextLosesTheSpacesAndInvisibleCharactersAtItsEdges() {
        Survey survey = surveys.launch();

        JsonNode finding = api.as("li.wei").post("/api/surveys/" + survey.id() + "/findings",
                finding("title", "\u3000 中小企业 上云\u200B\u00A0", "place", "\uFEFF哈尔滨\u2007")).body();

        assertThat(finding.path("title").asText()).isEqualTo("中小企业 上云");
        assertThat(finding.path("place").asText()).isEqualTo("哈尔滨");
    }

    @Test
    void textThatLooksLikeSqlOrAScriptIsKeptAsWrittenAndShownAsText() {
        Survey survey = surveys.launch();
        String title = "Robert'); DROP TABLE finding;-- \" OR 1=1";
        String evidence = "<script>alert('x')</script> <img src=x onerror=alert(1)> {{7*7}} ${7*7} [[${7*7}]]";

        ApiClient.Response saved = api.as("li.wei").post("/api/surveys/" + survey.id() + "/findings",
                finding("title", title, "evidence", evidence));
        String page = PageSession.signIn(port, "li.wei").request("GET", "/surveys/" + survey.id() + "/findings")
                .send().body();

        assertThat(saved.code()).as(saved.toString()).isEqualTo(201);
        JsonNode stored = api.as("li.wei").get("/api/surveys/" + survey.id() + "/findings").body().path("items").get(0);
        assertThat(stored.path("title").asText()).isEqualTo(title);
        assertThat(stored.path("evidence").asText()).isEqualTo(evidence);
        assertThat(page).contains("Robert&#39;); DROP TABLE finding;-- &quot; OR 1=1",
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;img src")
                .doesNotContain("<script>alert", "<img src=x");
        // the evidence is Markdown rendered and sanitized: what a reader sees is exactly what was written
        String shown = org.springframework.web.util.HtmlUtils.htmlUnescape(page.replace("<!-- -->", ""));
        assertThat(shown).contains(evidence);
    }

    @ParameterizedTest(name = "{0}, chunked: {1}")
    @CsvSource({"application/json, true", "application/merge-patch+json, false", "application/vnd.x+json, true"})
    void aJsonBodyWithinTheLimitIsReadWhateverItsTypeAndTransferEncoding(String type, boolean chunked) {
        String code = "C" + Math.abs(System.nanoTime() % 1_000_000);
        RawHttp request = RawHttp.to(port).request("POST", "/api/meetings").basic("organizer", "demo")
                .body(type, "{\"code\": \"" + code + "\", \"name\": \"第二十二届科技年会\"}");

        RawHttp.Response response = (chunked ? request.chunked() : request).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.body()).contains("第二十二届科技年会");
    }

    @Test
    void aFormSentInChunksWithinTheLimitIsRead() {
        RawHttp.Response form = RawHttp.to(port).request("GET", "/login").send();
        String session = form.headers().get("set-cookie").get(0).split(";")[0];
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        RawHttp.Response signedIn = RawHttp.to(port).request("POST", "/login").header("Cookie", session)
                .body("application/x-www-form-urlencoded", "username=li.wei&password=demo&_csrf=" + csrf).chunked()
                .send();

        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        assertThat(signedIn.header("location")).doesNotContain("error");
    }

    @Test
    void aMeetingCodeInAnotherCaseNamesTheSameMeeting() {
        JsonNode survey = api.as("organizer").post("/api/surveys", launch("meetingCode", " am21 ")).body();

        assertThat(survey.path("businessKey").asText()).startsWith(Surveys.MEETING + "-");
        assertThat(survey.path("meetingId").asLong()).isEqualTo(surveys.meetingId());
    }

    @Test
    void aNewMeetingCodeIsKeptInUpperCase() {
        String code = "am-" + Math.abs(System.nanoTime() % 1_000_000);

        JsonNode meeting = api.as("organizer").post("/api/meetings", Map.of("code", code, "name", "会议")).body();

        assertThat(meeting.path("code").asText()).isEqualTo(code.toUpperCase());
    }

    @Test
    void dueDatesUpToFiveYearsAheadAndTheLongestDurationsAreTaken() {
        LocalDate today = calendar.today();

        ApiClient.Response response = api.as("organizer").post("/api/surveys", launch("approvalDue",
                today.plusYears(5).toString(), "reminderLead", "P90D", "revisionPeriod", "P365D"));

        assertThat(response.code()).as(response.toString()).isEqualTo(201);
    }

    @ParameterizedTest(name = "surveyflow-lang={0}")
    @ValueSource(strings = {"!!", "fr", "xx-YY", "zh-CN-x-lvariant-x-y-z!"})
    void aLanguageCookieThePagesCannotUseIsClearedAndTheBrowsersLanguageUsed(String cookie) {
        RawHttp.Response page = RawHttp.to(port).request("GET", "/login")
                .header("Cookie", "surveyflow-lang=" + cookie).header("Accept-Language", "zh-CN,zh;q=0.9").send();

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "登录");
        assertThat(page.headers().get("set-cookie")).anyMatch(c -> c.startsWith("surveyflow-lang=;")
                && c.contains("Max-Age=0"));
    }

    @Test
    void aLanguageThePagesDoNotHaveIsIgnored() {
        RawHttp.Response page = RawHttp.to(port).request("GET", "/login?lang=fr")
                .header("Cookie", "surveyflow-lang=en").header("Accept-Language", "zh-CN").send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\">");
        assertThat(page.headers().getOrDefault("set-cookie", List.of())).noneMatch(c -> c.startsWith("surveyflow-lang"));
    }

    @Test
    void aRequestForTheErrorAddressItselfFindsNoPage() {
        RawHttp.Response problem = RawHttp.to(port).request("GET", "/error").header("Accept", "application/json").send();
        RawHttp.Response page = RawHttp.to(port).request("GET", "/error").header("Accept", "text/html").send();

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.header("content-type")).startsWith("application/problem+json");
        assertThat(problem.body()).contains("\"status\":404", "There is no page /error").doesNotContain("999");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("There is no page /error", "Back to my tasks").doesNotContain("999");
    }
}
