package org.thinktank.surveyflow.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.support.DashboardRows;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Finding investigations (issue 10, point 7) in GET /api/surveys and on the meeting dashboard: by text in the topic
 * (Chinese or English), the region or a member's name or login; by a member's institution; by stage and overdue;
 * combined, a page at a time; bad values refused with a message in the reader's language. Three investigations in a
 * meeting and with people of this class's own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveySearchIT {

    @Autowired
    Pages pages;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    Surveys surveys;
    @Autowired
    MeetingCatalog meetings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private long meetingId;
    private String leadA;
    private String leadB;
    private String instituteB;
    private String instituteReviewer;
    private Survey blackSoil;
    private Survey ocean;
    private Survey villages;

    @BeforeAll
    void threeInvestigations() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String code = "FIND" + suffix.toUpperCase(java.util.Locale.ROOT);
        meetingId = meetings.create(new NewMeeting(code, "检索会议 " + code, null, null, null), Surveys.ORGANIZER).id();
        leadA = "seeker-a-" + suffix;
        leadB = "seeker-b-" + suffix;
        String reviewer = "seeker-r-" + suffix;
        instituteB = "复旦大学 Fudan " + suffix;
        instituteReviewer = "北京大学 PKU " + suffix;
        accounts.createDemoAccount(new NewUser(leadA, "欧阳明远" + suffix, null, "清华大学 " + suffix, Role.RESEARCHER, "demo"));
        accounts.createDemoAccount(new NewUser(leadB, "Brown " + suffix, null, instituteB, Role.RESEARCHER, "demo"));
        accounts.createDemoAccount(new NewUser(reviewer, "Reviewer " + suffix, null, instituteReviewer, Role.REVIEWER, "demo"));
        blackSoil = launch(code, "黑土地保护利用调研", "Black soil protection", "哈尔滨 Harbin", leadA, reviewer);
        ocean = launch(code, "海洋经济发展调研", "Ocean economy", "青岛 Qingdao", leadB, reviewer);
        villages = launch(code, "数字乡村建设调研", null, "贵州 Guizhou", leadB, reviewer);
        registry.enterStage(villages.id(), SurveyStage.DRAFTING);
        jdbc.sql("update survey set findings_due = ? where id = ?").params(calendar.today().minusDays(2), blackSoil.id())
                .update();
    }

    private Survey launch(String code, String topic, String topicEn, String region, String lead, String reviewer) {
        LocalDate today = calendar.today();
        return surveys.planApproved(registry.launch(new LaunchRequest(code, topic, topicEn, region, lead, List.of(), List.of(reviewer),
                today.plusDays(5), today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(35), null,
                null, null),
                Surveys.ORGANIZER));
    }

    private MockHttpServletResponse apiGet(String query) throws Exception {
        return pages.mvc().perform(get("/api/surveys?meetingId=" + meetingId + query)
                .header("Accept-Language", "en").with(pages.as("organizer"))).andReturn().getResponse();
    }

    private List<String> found(String query) throws Exception {
        MockHttpServletResponse response = apiGet(query);
        assertThat(response.getStatus()).as(response.getContentAsString(UTF_8)).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        json.readTree(response.getContentAsString(UTF_8)).path("items")
                .forEach(item -> keys.add(item.path("businessKey").asText()));
        return keys;
    }

    private MockHttpServletResponse dashboard(String query) throws Exception {
        return pages.mvc().perform(get("/meetings/" + meetingId + "/dashboard" + query).with(pages.as("organizer")))
                .andReturn().getResponse();
    }

    private static List<String> keys(Survey... surveys) {
        return java.util.Arrays.stream(surveys).map(Survey::businessKey).toList();
    }

    @Test
    void theTextFindsTheChineseTopic() throws Exception {
        assertThat(found("&q=黑土地")).containsExactlyElementsOf(keys(blackSoil));
    }

    @Test
    void theTextFindsTheEnglishTopicInAnyCase() throws Exception {
        assertThat(found("&q=OCEAN")).containsExactlyElementsOf(keys(ocean));
    }

    @Test
    void theTextFindsTheRegion() throws Exception {
        assertThat(found("&q=guizhou")).containsExactlyElementsOf(keys(villages));
    }

    @Test
    void theTextFindsALeadByDisplayName() throws Exception {
        assertThat(found("&q=欧阳明远")).containsExactlyElementsOf(keys(blackSoil));
    }

    @Test
    void theTextFindsAMemberByLogin() throws Exception {
        assertThat(found("&q=" + leadB)).containsExactlyElementsOf(keys(villages, ocean));
    }

    @Test
    void theInstitutionOfATeamMemberFilters() throws Exception {
        assertThat(found("&institution=" + instituteB)).containsExactlyElementsOf(keys(villages, ocean));
    }

    @Test
    void theInstitutionOfAReviewerFiltersInAnyCase() throws Exception {
        assertThat(found("&institution=" + instituteReviewer.toLowerCase(java.util.Locale.ROOT)))
                .containsExactlyElementsOf(keys(villages, ocean, blackSoil));
    }

    @Test
    void overdueKeepsThosePastTheirStagesDueDate() throws Exception {
        assertThat(found("&overdue=true")).containsExactlyElementsOf(keys(blackSoil));
        assertThat(found("&overdue=false")).containsExactlyElementsOf(keys(villages, ocean));
    }

    @Test
    void theFiltersCombine() throws Exception {
        assertThat(found("&q=" + leadB + "&stage=DRAFTING&overdue=false&institution=" + instituteB))
                .containsExactlyElementsOf(keys(villages));
        assertThat(found("&q=" + leadB + "&stage=REVIEW")).isEmpty();
    }

    @Test
    void aSearchIsReadAPageAtATime() throws Exception {
        JsonNode second = json.readTree(apiGet("&institution=" + instituteReviewer + "&size=2&page=1")
                .getContentAsString(UTF_8));

        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("pages").asLong()).isEqualTo(2);
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("businessKey").asText()).isEqualTo(blackSoil.businessKey());
    }

    @Test
    void theApiRefusesATextOverTwoHundredCharacters() throws Exception {
        MockHttpServletResponse response = apiGet("&q=" + "字".repeat(201));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(UTF_8)).contains("200");
    }

    @Test
    void theApiRefusesAnUnknownStage() throws Exception {
        assertThat(apiGet("&stage=SLEEPING").getStatus()).isEqualTo(400);
    }

    @Test
    void theApiTakesATextOfTwoHundredCharacters() throws Exception {
        assertThat(found("&q=" + "字".repeat(200))).isEmpty();
    }

    @Test
    void theDashboardFindsByTextKeepsItAndCountsWhatItFound() throws Exception {
        String page = dashboard("?lang=en&q=" + leadB).getContentAsString(UTF_8);

        assertThat(DashboardRows.listed(page)).containsExactlyElementsOf(keys(ocean, villages));
        assertThat(page).contains("value=\"" + leadB + "\"", "2 investigations found");
    }

    @Test
    void theDashboardCountsWhatItFoundInChinese() throws Exception {
        assertThat(dashboard("?lang=zh-CN&q=" + leadB).getContentAsString(UTF_8)).contains("共找到 2 项调研");
    }

    @Test
    void theDashboardFiltersByInstitutionAndKeepsTheChoice() throws Exception {
        String page = dashboard("?lang=en&institution=" + instituteB).getContentAsString(UTF_8);

        assertThat(DashboardRows.listed(page)).containsExactlyElementsOf(keys(ocean, villages));
        assertThat(page).containsPattern("<option value=\"" + Pattern.quote(instituteB) + "\"\\s+selected=\"selected\"");
    }

    @Test
    void theDashboardCombinesTextStageAndOverdue() throws Exception {
        assertThat(DashboardRows.listed(dashboard("?lang=en&q=Harbin&overdue=true").getContentAsString(UTF_8)))
                .containsExactlyElementsOf(keys(blackSoil));
        assertThat(DashboardRows.listed(dashboard("?lang=en&q=Harbin&stage=DRAFTING").getContentAsString(UTF_8))).isEmpty();
        String drafting = dashboard("?lang=en&stage=DRAFTING&q=" + leadB).getContentAsString(UTF_8);
        assertThat(DashboardRows.listed(drafting)).containsExactlyElementsOf(keys(villages));
        assertThat(drafting).containsPattern("<option value=\"DRAFTING\"\\s+selected=\"selected\"");
    }

    @Test
    void theDashboardsPagerKeepsTheFilters() throws Exception {
        String page = dashboard("?lang=en&size=1&institution=" + instituteReviewer).getContentAsString(UTF_8);

        assertThat(DashboardRows.listed(page)).containsExactlyElementsOf(keys(blackSoil));
        assertThat(page).contains("3 in all, page 1 of 3").containsPattern("class=\"pager-next\"[^>]*href=\"[^\"]*institution=");
    }

    @Test
    void anUnknownStageIsRefusedInChineseOnTheSamePage() throws Exception {
        MockHttpServletResponse response = dashboard("?lang=zh-CN&stage=SLEEPING&q=海洋");

        assertThat(response.getStatus()).isEqualTo(400);
        String page = response.getContentAsString(UTF_8);
        assertThat(page).contains("没有名为“SLEEPING”的阶段", "id=\"investigation-search\"", "value=\"海洋\"");
        assertThat(DashboardRows.listed(page)).isEmpty();
    }

    @Test
    void anUnknownStageIsRefusedInEnglishOnTheSamePage() throws Exception {
        MockHttpServletResponse response = dashboard("?lang=en&stage=SLEEPING");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(UTF_8)).contains("There is no stage “SLEEPING”");
    }

    @Test
    void aTextOverTwoHundredCharactersIsRefusedInBothLanguages() throws Exception {
        String tooLong = "&q=" + "x".repeat(201);

        MockHttpServletResponse chinese = dashboard("?lang=zh-CN" + tooLong);
        MockHttpServletResponse english = dashboard("?lang=en" + tooLong);

        assertThat(chinese.getStatus()).isEqualTo(400);
        assertThat(chinese.getContentAsString(UTF_8)).contains("搜索文字最多 200 个字");
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentAsString(UTF_8)).contains("The search text takes at most 200 characters");
    }

    @Test
    void anOverdueValueThatIsNeitherYesNorNoIsRefused() throws Exception {
        MockHttpServletResponse response = dashboard("?lang=en&overdue=perhaps");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(UTF_8)).contains("Overdue takes yes or no, not “perhaps”");
    }

    @Test
    void aNegativePageIsRefusedNotAnError() throws Exception {
        assertThat(dashboard("?lang=en&page=-1").getStatus()).isEqualTo(400);
        assertThat(apiGet("&page=-1").getStatus()).isEqualTo(400);
    }
}
