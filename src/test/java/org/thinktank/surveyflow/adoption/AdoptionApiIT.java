package org.thinktank.surveyflow.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * An approved report's recommendations over the API: split from its recommendations section, each with its steps
 * recorded in order by the lead and the organizers, refused what breaks the rules or comes from outside the team.
 */
@IntegrationTest
class AdoptionApiIT {

    private static final String TWO_ITEMS = "## 建议\n\n总体思路不算一条建议。\n\n1. **加快**建设区域创新中心\n2. 完善人才政策\n";

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    Refusals refusals;
    @Autowired
    WorkCalendar calendar;

    private static String path(Survey survey) {
        return "/api/surveys/" + survey.id() + "/recommendations";
    }

    private static String steps(Survey survey, long recommendationId) {
        return path(survey) + "/" + recommendationId + "/steps";
    }

    private long firstRecommendation(Survey survey) {
        return api.as("organizer").in("zh-CN").get(path(survey)).body().get(0).get("id").asLong();
    }

    private Map<String, Object> sent(LocalDate on) {
        return step("SENT", on, "agency", "国家发展改革委");
    }

    private static Map<String, Object> step(String kind, LocalDate on, String... fields) {
        Map<String, Object> step = new HashMap<>();
        step.put("kind", kind);
        step.put("on", on.toString());
        for (int i = 0; i < fields.length; i += 2) {
            step.put(fields[i], fields[i + 1]);
        }
        return step;
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }

    @Test
    void theItemsOfTheApprovedReportsListBecomeNumberedRecommendationsInPlainText() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);

        JsonNode recommendations = api.as("li.wei").in("zh-CN").get(path(survey)).body();

        assertThat(texts(recommendations, "text")).containsExactly("加快建设区域创新中心", "完善人才政策");
        assertThat(texts(recommendations, "number")).containsExactly("1", "2");
        assertThat(texts(recommendations, "status")).containsOnly("PENDING");
    }

    @Test
    void withoutAListEachParagraphOfTheSectionIsARecommendation() {
        Survey survey = surveys.publishedWith("### 建议\n\n建议一：推动产学研合作。\n\n建议二：加强数据共享。\n");

        JsonNode recommendations = api.as("organizer").in("zh-CN").get(path(survey)).body();

        assertThat(texts(recommendations, "text")).containsExactly("建议一：推动产学研合作。", "建议二：加强数据共享。");
    }

    @Test
    void stepsRecordedByTheLeadAndAnOrganizerAreKeptInOrder() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);
        LocalDate today = calendar.today();

        api.as("li.wei").in("zh-CN").post(steps(survey, id), sent(today));
        api.as("organizer").in("zh-CN").post(steps(survey, id), step("INSTRUCTION", today, "by", "某副省长",
                "level", "PROVINCIAL", "text", "请省科技厅研究落实。"));
        ApiClient.Response adopted = api.as("li.wei").in("zh-CN").post(steps(survey, id), step("ADOPTED", today,
                "document", "关于加快区域创新中心建设的若干措施", "link", "https://www.gov.cn/zhengce/2026/1.htm"));

        assertThat(adopted.code()).isEqualTo(201);
        JsonNode recorded = adopted.body().get("steps");
        assertThat(texts(recorded, "kind")).containsExactly("SENT", "INSTRUCTION", "ADOPTED");
        assertThat(texts(recorded, "position")).containsExactly("1", "2", "3");
        assertThat(texts(recorded, "recordedBy")).containsExactly("li.wei", "organizer", "li.wei");
        assertThat(recorded.get(1).get("level").asText()).isEqualTo("PROVINCIAL");
        assertThat(adopted.body().get("status").asText()).isEqualTo("ADOPTED");
    }

    @Test
    void aSettledRecommendationTakesNoFurtherStepAndNothingIsWritten() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);
        api.as("li.wei").in("zh-CN").post(steps(survey, id), step("DECLINED", calendar.today(),
                "agency", "工业和信息化部", "text", "与现行规划重复"));

        refusals.expect(409, "第 1 条建议已被采纳或未被采纳",
                () -> api.as("li.wei").in("zh-CN").post(steps(survey, id), sent(calendar.today())));
    }

    @Test
    void aStepDatedInTheFutureIsRefused() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);

        refusals.expect(400, "日期不能晚于今天",
                () -> api.as("li.wei").in("zh-CN").post(steps(survey, id), sent(calendar.today().plusDays(1))));
    }

    @Test
    void aLinkThatIsNotAWebAddressIsRefused() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);

        refusals.expect(400, "链接必须是以 http:// 或 https:// 开头的网址",
                () -> api.as("li.wei").in("zh-CN").post(steps(survey, id), step("ADOPTED", calendar.today(),
                        "document", "某文件", "link", "javascript:alert(1)")));
    }

    @Test
    void aReviewerOfTheInvestigationReadsAndWritesNoAdoptionRecord() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);

        refusals.expect(403, "", () -> api.as("zhou.qiang").in("zh-CN").get(path(survey)));
        refusals.expect(403, "", () -> api.as("zhou.qiang").in("zh-CN").post(steps(survey, id), sent(calendar.today())));
    }

    @Test
    void aResearcherOfAnotherInvestigationReadsAndWritesNoAdoptionRecord() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);

        refusals.expect(403, "", () -> api.as("zhang.lei").in("zh-CN").get(path(survey)));
        refusals.expect(403, "", () -> api.as("zhang.lei").in("zh-CN").post(steps(survey, id), sent(calendar.today())));
    }

    @Test
    void aResearcherOfTheTeamReadsTheRecordButOnlyTheLeadRecords() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);

        assertThat(api.as("wang.fang").in("zh-CN").get(path(survey)).code()).isEqualTo(200);
        refusals.expect(403, "", () -> api.as("wang.fang").in("zh-CN").post(steps(survey, id), sent(calendar.today())));
    }

    @Test
    void anOrganizerTakesBackTheLatestStepAndTheLeadCannot() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);
        api.as("li.wei").in("zh-CN").post(steps(survey, id), sent(calendar.today()));
        api.as("li.wei").in("zh-CN").post(steps(survey, id), step("DECLINED", calendar.today(),
                "agency", "工业和信息化部", "text", "与现行规划重复"));

        refusals.expect(403, "", () -> api.as("li.wei").in("zh-CN").delete(steps(survey, id) + "/latest"));
        JsonNode corrected = api.as("organizer").in("zh-CN").delete(steps(survey, id) + "/latest").body();

        assertThat(texts(corrected.get("steps"), "kind")).containsExactly("SENT");
        assertThat(corrected.get("status").asText()).isEqualTo("SENT");
    }

    @Test
    void theMeetingsFiguresCountTheInvestigationsRecommendationsByStatusForOrganizersOnly() {
        Survey survey = surveys.publishedWith(TWO_ITEMS);
        long id = firstRecommendation(survey);
        api.as("li.wei").in("zh-CN").post(steps(survey, id), step("ADOPTED", calendar.today(), "document", "某文件"));
        String dashboard = "/api/meetings/" + survey.meetingId() + "/adoption";

        JsonNode figures = api.as("organizer").in("zh-CN").get(dashboard).body().get("figures");

        JsonNode ours = figures.get("bySurvey").get(survey.businessKey());
        assertThat(ours.get("ADOPTED").asInt()).isEqualTo(1);
        assertThat(ours.get("PENDING").asInt()).isEqualTo(1);
        assertThat(figures.get("total").asInt()).isGreaterThanOrEqualTo(2);
        refusals.expect(403, "", () -> api.as("li.wei").in("zh-CN").get(dashboard));
    }
}
