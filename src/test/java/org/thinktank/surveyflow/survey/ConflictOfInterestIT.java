package org.thinktank.surveyflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;

/**
 * Conflicts of interest: a reviewer from the institution of the lead or a team member is assigned only when an
 * organizer overrides it with a written reason, which organizers, and only they, see afterwards. Demo institutions:
 * sun.hui (lead), anna.k and wu.jing (reviewer) are all at the International Talent Policy Institute; zhang.lei is at
 * the Black Soil Agriculture Lab, zhou.qiang at the Northeast Revitalization Institute.
 */
@IntegrationTest
class ConflictOfInterestIT {

    private static final String ITPI = "国际人才政策研究所 International Talent Policy Institute";

    @Autowired
    Api api;
    @Autowired
    Pages pages;
    @Autowired
    Refusals refusals;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    /** Lead sun.hui with anna.k; reviewers wu.jing (their colleague) and zhou.qiang. */
    private LaunchRequest conflicted() {
        LaunchRequest demo = surveys.launchRequest();
        return new LaunchRequest(demo.meetingCode(), "东北人才引进 Talent", "哈尔滨", "sun.hui", List.of("anna.k"),
                List.of("wu.jing", "zhou.qiang"), demo.findingsDue(), demo.draftDue(), demo.reviewDue(),
                demo.approvalDue(), null, null);
    }

    private List<JsonNode> overridesIn(long surveyId, String reader) {
        return StreamSupport.stream(api.as(reader).get("/api/surveys/" + surveyId).body().path("history").spliterator(),
                false).filter(entry -> entry.path("kind").asText().equals("CONFLICT_OVERRIDDEN")).toList();
    }

    @Test
    void aReviewerFromTheLeadsInstitutionIsRefusedNamingTheReviewerTheInstitutionAndTheColleagues() {
        refusals.expect(400, "Reviewers: Wu Jing 吴静 is from " + ITPI + ", as is Sun Hui 孙慧 (lead), Anna Kowalska;",
                () -> api.as("organizer").post("/api/surveys", conflicted()));
    }

    @Test
    void aReviewerFromATeamMembersInstitutionIsRefused() {
        LaunchRequest request = new LaunchRequest(Surveys.MEETING, "黑土地 Black soil", "绥化", "zhang.lei",
                List.of("anna.k"), List.of("wu.jing"), conflicted().findingsDue(), conflicted().draftDue(),
                conflicted().reviewDue(), conflicted().approvalDue(), null, null);

        refusals.expect(400, "Reviewers: Wu Jing 吴静 is from " + ITPI + ", as is Anna Kowalska;",
                () -> api.as("organizer").post("/api/surveys", request));
    }

    @ParameterizedTest(name = "reason: \"{0}\"")
    @ValueSource(strings = {"", "   "})
    void anOverrideWithoutAReasonIsRefused(String reason) {
        refusals.expect(400, "Reason to override the conflict of interest: must not be blank",
                () -> api.as("organizer").post("/api/surveys", conflicted().withConflictOverride(reason)));
    }

    @Test
    void anOverrideWithNoReasonFieldIsRefused() {
        ObjectNode request = json.valueToTree(conflicted());
        request.putObject("conflictOverride");

        refusals.expect(400, "Reason to override the conflict of interest: must not be blank",
                () -> api.as("organizer").post("/api/surveys", request));
    }

    @Test
    void anOrganizerOverridesTheConflictWithAReasonAndOnlyOrganizersSeeIt() {
        var launched = api.as("organizer").post("/api/surveys",
                conflicted().withConflictOverride("唯一熟悉该领域的评审专家 The only reviewer who knows the field"));

        assertThat(launched.code()).as(launched.toString()).isEqualTo(201);
        long id = launched.body().path("id").asLong();
        assertThat(launched.body().path("reviewers")).extracting(JsonNode::asText).contains("wu.jing");
        assertThat(overridesIn(id, "organizer2")).singleElement().satisfies(entry -> {
            assertThat(entry.path("actor").asText()).isEqualTo("organizer");
            assertThat(entry.path("detail").asText()).contains("wu.jing is from " + ITPI, "sun.hui (lead)",
                    "The only reviewer who knows the field");
        });
        assertThat(overridesIn(id, "sun.hui")).isEmpty();
        assertThat(overridesIn(id, "anna.k")).isEmpty();
        assertThat(overridesIn(id, "wu.jing")).isEmpty();
    }

    @Test
    void theInvestigationPageShowsTheOverrideToOrganizersOnly() throws Exception {
        long id = api.as("organizer").post("/api/surveys",
                conflicted().withConflictOverride("Field expertise needed")).body().path("id").asLong();

        pages.mvc().perform(get("/surveys/" + id).with(pages.as("organizer2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict-overrides\"")))
                .andExpect(content().string(containsString("Field expertise needed")));
        for (String other : List.of("sun.hui", "wu.jing")) {
            pages.mvc().perform(get("/surveys/" + id).with(pages.as(other))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("conflict-overrides"))))
                    .andExpect(content().string(not(containsString("Field expertise needed"))));
        }
    }

    @Test
    void theOverrideReadsInChineseWithPeopleByDisplayName() throws Exception {
        long id = api.as("organizer").post("/api/surveys",
                conflicted().withConflictOverride("唯一熟悉该领域的评审专家")).body().path("id").asLong();

        pages.mvc().perform(get("/surveys/" + id).with(pages.as("organizer2")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wu Jing 吴静与Sun Hui 孙慧（课题负责人）、Anna Kowalska同属"
                        + ITPI + "。理由：唯一熟悉该领域的评审专家")))
                .andExpect(content().string(not(containsString("is from"))))
                .andExpect(content().string(not(containsString("wu.jing"))));
    }

    /** The dashboard's launch form for the conflicted investigation, as the organizer. */
    private MockHttpServletRequestBuilder launchForm() {
        LaunchRequest request = conflicted();
        return post("/meetings/" + surveys.meetingId() + "/surveys").param("topic", request.topic())
                .param("region", request.region()).param("lead", request.lead()).param("team", "anna.k")
                .param("reviewers", "wu.jing", "zhou.qiang")
                .param("planDue", request.planDue().toString())
                .param("findingsDue", request.findingsDue().toString()).param("draftDue", request.draftDue().toString())
                .param("reviewDue", request.reviewDue().toString()).param("approvalDue", request.approvalDue().toString())
                .with(csrf()).with(pages.as("organizer"));
    }

    @Test
    void theLaunchFormRefusesTheConflictWithoutAReasonAndWritesNothing() throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        pages.mvc().perform(launchForm().param("conflictOverrideReason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Wu Jing 吴静 is from " + ITPI + ", as is Sun Hui 孙慧 (lead), Anna Kowalska")))
                .andExpect(content().string(containsString("id=\"conflictOverrideReason\"")));

        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theLaunchFormAcceptsTheConflictWithAReason() throws Exception {
        String location = pages.mvc().perform(launchForm().param("conflictOverrideReason", "Only expert available"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/surveys/*"))
                .andReturn().getResponse().getRedirectedUrl();

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(overridesIn(id, "organizer")).singleElement()
                .satisfies(entry -> assertThat(entry.path("detail").asText()).contains("Only expert available"));
    }

    @Test
    void withoutAConflictNothingIsRecorded() {
        long id = api.as("organizer").post("/api/surveys", surveys.launchRequest().withConflictOverride("just in case"))
                .body().path("id").asLong();

        assertThat(overridesIn(id, "organizer")).isEmpty();
    }

    /**
     * No launch puts an organizer on a team (the team must be researchers), but an account whose role changed after
     * the launch can be on one: the approval refuses a co-author all the same.
     */
    @Test
    void anOrganizerWhoCoWritesTheReportMayNotApproveIt() {
        Survey survey = surveys.awaitingApproval();
        String coAuthor = "promoted." + survey.id();
        assertThat(api.as("admin").post("/api/users", Map.of("username", coAuthor, "displayName", "Promoted",
                "role", "ORGANIZER", "password", "a long password")).code()).isEqualTo(201);
        jdbc.sql("insert into survey_member (survey_id, username, role) values (?, ?, 'RESEARCHER')")
                .params(survey.id(), coAuthor).update();

        refusals.expect(403, coAuthor + " co-writes the report of " + survey.businessKey() + " and may not decide on it",
                () -> api.as(coAuthor, "a long password").post("/api/surveys/" + survey.id() + "/approval",
                        Map.of("decision", "APPROVE")));
        assertThat(api.as("organizer").post("/api/surveys/" + survey.id() + "/approval",
                Map.of("decision", "APPROVE")).code()).isEqualTo(204);
    }
}
