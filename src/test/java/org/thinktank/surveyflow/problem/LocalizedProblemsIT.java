package org.thinktank.surveyflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.JsonBodies;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/**
 * Every kind of refusal in the language of {@code Accept-Language}, the field named by its label and never by its
 * path, an enum by its values' labels; the path and the values stay in {@code errors[]} for programs.
 */
@IntegrationTest
class LocalizedProblemsIT {

    @Autowired
    Api api;
    @Autowired
    Refusals refusals;
    @Autowired
    Surveys surveys;
    @Autowired
    ObjectMapper json;

    private ApiClient organizer(String language) {
        return api.as("organizer").in(language);
    }

    private Map<String, Object> launch(Object... overrides) {
        return JsonBodies.of(json, surveys.launchRequest(), overrides);
    }

    private static List<String> fields(ApiClient.Response response) {
        return response.body().path("errors").findValuesAsText("field");
    }

    @Test
    void aMissingFieldIsNamedByItsChineseLabel() {
        ApiClient.Response response = refusals.expect(400, "调研题目：不能为空",
                () -> organizer("zh-CN").post("/api/surveys", Map.of()));

        assertThat(response.detail()).contains("会议代码：不能为空", "报告初稿截止日期：必须填写", "评审专家：至少需要一项")
                .doesNotContain("topic", "must", "null");
        assertThat(response.body().path("title").asText()).isEqualTo("请求无效");
        assertThat(fields(response)).contains("topic", "meetingCode", "draftDue", "reviewers");
    }

    @Test
    void aMissingFieldIsNamedByItsEnglishLabel() {
        ApiClient.Response response = refusals.expect(400, "Topic: must not be blank",
                () -> organizer("en").post("/api/surveys", Map.of()));

        assertThat(response.detail()).contains("Draft due: must be given").doesNotContain("draftDue");
        assertThat(response.body().path("title").asText()).isEqualTo("Invalid request");
    }

    @Test
    void aTextTooLongSaysHowLongItMayBeInBothLanguages() {
        refusals.expect(400, "调研题目：不能超过 300 个字",
                () -> organizer("zh-CN").post("/api/surveys", launch("topic", "调".repeat(301))));
        refusals.expect(400, "Topic: must be at most 300 characters",
                () -> organizer("en").post("/api/surveys", launch("topic", "调".repeat(301))));
    }

    @Test
    void aPathValueOfTheWrongTypeSaysWhatItTakesInBothLanguages() {
        refusals.expect(400, "调研编号：必须是整数，而不是 'abc'", () -> organizer("zh-CN").get("/api/surveys/abc"));
        refusals.expect(400, "Investigation number: must be a whole number, not 'abc'",
                () -> organizer("en").get("/api/surveys/abc"));
    }

    @Test
    void aMalformedDateSaysWhatItTakesInBothLanguages() {
        ApiClient.Response chinese = refusals.expect(400, "报告初稿截止日期：必须是形如 2026-12-01 的日期，而不是 '2026-13-45'",
                () -> organizer("zh-CN").post("/api/surveys", launch("draftDue", "2026-13-45")));
        refusals.expect(400, "Draft due: must be a date like 2026-12-01, not '2026-13-45'",
                () -> organizer("en").post("/api/surveys", launch("draftDue", "2026-13-45")));

        assertThat(fields(chinese)).containsExactly("draftDue");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnesByLabelAndForProgramsByName() {
        Survey survey = surveys.launch();
        Map<String, Object> finding = new HashMap<>(json.convertValue(Surveys.finding("x"), Map.class));
        finding.put("method", "GUESSWORK");

        ApiClient.Response chinese = refusals.expect(400, "调研方法：'GUESSWORK' 不是可选的值，应为以下之一：问卷调查、访谈、实地考察",
                () -> api.as("li.wei").in("zh-CN").post("/api/surveys/" + survey.id() + "/findings", finding));
        refusals.expect(400, "Method: 'GUESSWORK' is not one of Questionnaire, Interview, Site visit",
                () -> api.as("li.wei").in("en").post("/api/surveys/" + survey.id() + "/findings", finding));

        assertThat(chinese.detail()).doesNotContain("QUESTIONNAIRE");
        JsonNode error = chinese.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("method");
        assertThat(error.path("allowed")).extracting(JsonNode::asText).startsWith("QUESTIONNAIRE", "INTERVIEW");
    }

    @Test
    void aListItemIsNamedByItsPositionInBothLanguages() {
        Survey survey = surveys.launch();
        Map<String, Object> finding = new HashMap<>(json.convertValue(Surveys.finding("x"), Map.class));
        finding.put("figures", List.of(Map.of("name", "受访企业数", "value", "很多")));

        ApiClient.Response chinese = refusals.expect(400, "第 1 项数据的数值：必须是数字，而不是 '很多'",
                () -> api.as("li.wei").in("zh-CN").post("/api/surveys/" + survey.id() + "/findings", finding));
        refusals.expect(400, "Value of figure 1: must be a number, not '很多'",
                () -> api.as("li.wei").in("en").post("/api/surveys/" + survey.id() + "/findings", finding));

        assertThat(fields(chinese)).containsExactly("figures[0].value");
        assertThat(chinese.detail()).doesNotContain("figures");
    }

    @Test
    void unreadableJsonIsSaidInBothLanguages() {
        refusals.expect(400, "请求正文不是有效的 JSON：内容提前结束",
                () -> organizer("zh-CN").post("/api/surveys", "{\"topic\": "));
        refusals.expect(400, "The request body is not valid JSON: it ends too early",
                () -> organizer("en").post("/api/surveys", "{\"topic\": "));
    }

    @Test
    void anUnknownQueryParameterValueListsTheAllowedOnesByLabel() {
        ApiClient.Response chinese = refusals.expect(400, "阶段：'SOON' 不是可选的值，应为以下之一：制定调研方案、收集调研发现、撰写报告",
                () -> organizer("zh-CN").get("/api/surveys?stage=SOON"));
        refusals.expect(400, "Stage: 'SOON' is not one of Planning the survey, Collecting findings, Drafting the report",
                () -> organizer("en").get("/api/surveys?stage=SOON"));

        assertThat(chinese.detail()).doesNotContain("FINDINGS", "DRAFTING");
    }

    @Test
    void aServiceRefusalOfTheContentIsSaidInBothLanguages() {
        refusals.expect(400, "会议代码：没有会议“NOPE”",
                () -> organizer("zh-CN").post("/api/surveys", launch("meetingCode", "NOPE")));
        refusals.expect(400, "Meeting code: there is no meeting 'NOPE'",
                () -> organizer("en").post("/api/surveys", launch("meetingCode", "NOPE")));
    }

    @Test
    void aRefusalByRoleIsSaidInBothLanguages() {
        ApiClient.Response chinese = refusals.expect(403, "只有组织方可以进行此操作",
                () -> api.as("li.wei").in("zh-CN").post("/api/surveys", launch()));
        refusals.expect(403, "Only organizers", () -> api.as("li.wei").in("en").post("/api/surveys", launch()));

        assertThat(chinese.body().path("title").asText()).isEqualTo("您无权查看或执行此操作");
    }

    @Test
    void aRefusalOfSomethingThatIsNotThereIsSaidInBothLanguages() {
        ApiClient.Response chinese = refusals.expect(404, "没有编号为 987654 的调研",
                () -> organizer("zh-CN").get("/api/surveys/987654"));
        refusals.expect(404, "There is no investigation 987654", () -> organizer("en").get("/api/surveys/987654"));

        assertThat(chinese.body().path("title").asText()).isEqualTo("未找到");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsSaidInBothLanguages() {
        ApiClient.Response chinese = refusals.expect(405, "此地址不接受 DELETE 请求",
                () -> organizer("zh-CN").delete("/api/surveys/1"));
        refusals.expect(405, "This address does not take DELETE requests", () -> organizer("en").delete("/api/surveys/1"));

        assertThat(chinese.body().path("title").asText()).isEqualTo("不允许的请求方法");
    }

    @Test
    void aRequestNamingNoLanguageIsAnsweredInChinese() {
        refusals.expect(400, "调研编号：必须是整数", () -> organizer("").get("/api/surveys/abc"));
    }
}
