package org.thinktank.surveyflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/**
 * Who may open which page: the same rules as the API, because the pages call the same services. Demo team of an
 * investigation: li.wei (lead) and wang.fang; reviewers zhou.qiang and m.ivanov. zhang.lei and wu.jing are outsiders.
 */
@IntegrationTest
class PageAccessIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;

    private ResultActions open(String path, String username) throws Exception {
        return pages.mvc().perform(get(path).with(pages.as(username)));
    }

    /** {@code {id}} in a path stands for a newly launched investigation. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/notifications", "/tokens", "/dashboard", "/surveys/{id}", "/surveys/{id}/findings",
            "/surveys/{id}/report", "/surveys/{id}/review", "/surveys/{id}/decision", "/surveys/{id}/diagram.svg"})
    void everyPageRedirectsToTheSignInFormWhenNobodyIsSignedIn(String page) throws Exception {
        String path = page.contains("{id}") ? page.replace("{id}", String.valueOf(surveys.launch().id())) : page;
        pages.mvc().perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li.wei", "wang.fang", "zhou.qiang", "m.ivanov", "organizer", "organizer2"})
    void theInvestigationPageIsOpenToItsTeamItsReviewersAndOrganizers(String username) throws Exception {
        Survey survey = surveys.launch();
        open("/surveys/" + survey.id(), username).andExpect(status().isOk())
                .andExpect(content().string(containsString(survey.businessKey())));
    }

    @Test
    void theInvestigationPageListsEveryProcessStepWithItsHolder() throws Exception {
        Survey survey = surveys.inReview();
        open("/surveys/" + survey.id(), "organizer").andExpect(status().isOk())
                .andExpect(content().string(containsString("data-task=\"submitFindings\"")))
                .andExpect(content().string(containsString("data-task=\"draftReport\"")))
                .andExpect(content().string(containsString("data-task=\"reviewReport\"")))
                .andExpect(content().string(containsString("Zhou Qiang 周强")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zhang.lei", "wu.jing", "admin"})
    void theInvestigationPageIsRefusedToOutsidersAndAdmins(String username) throws Exception {
        Survey survey = surveys.launch();
        open("/surveys/" + survey.id(), username).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You are not assigned to investigation")));
        open("/surveys/" + survey.id() + "/diagram.svg", username).andExpect(status().isForbidden());
    }

    @Test
    void anInvestigationThatDoesNotExistIsNotFound() throws Exception {
        open("/surveys/999999", "organizer").andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no investigation 999999")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"wang.fang, 200", "zhou.qiang, 403", "organizer, 403", "zhang.lei, 403"})
    void theFindingsPageIsForTheTeamOnly(String username, int expectedStatus) throws Exception {
        Survey survey = surveys.launch();
        open("/surveys/" + survey.id() + "/findings", username).andExpect(status().is(expectedStatus));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"li.wei, 200", "wang.fang, 403", "zhou.qiang, 403", "organizer, 403"})
    void theReportEditorIsForTheLeadOnly(String username, int expectedStatus) throws Exception {
        Survey survey = surveys.launch();
        surveys.allFindingsIn(survey);
        open("/surveys/" + survey.id() + "/report", username).andExpect(status().is(expectedStatus));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"zhou.qiang, 200", "li.wei, 403", "organizer, 403", "wu.jing, 403"})
    void theReviewFormIsForTheInvestigationsReviewersOnly(String username, int expectedStatus) throws Exception {
        Survey survey = surveys.inReview();
        open("/surveys/" + survey.id() + "/review", username).andExpect(status().is(expectedStatus));
    }

    @Test
    void theReviewFormIsNotOfferedOutsideTheReviewStage() throws Exception {
        Survey survey = surveys.launch();
        open("/surveys/" + survey.id() + "/review", "zhou.qiang").andExpect(status().isConflict());
    }

    @Test
    void theDecisionPageShowsOrganizersTheConfidentialComments() throws Exception {
        Survey survey = surveys.awaitingApproval();
        open("/surveys/" + survey.id() + "/decision", "organizer2").andExpect(status().isOk())
                .andExpect(content().string(containsString("Confidential: the team was late")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li.wei", "zhou.qiang"})
    void theDecisionPageIsForOrganizersOnly(String username) throws Exception {
        Survey survey = surveys.awaitingApproval();
        open("/surveys/" + survey.id() + "/decision", username).andExpect(status().isForbidden());
    }

    @Test
    void theTeamSeesFinishedReviewsWithoutTheConfidentialComments() throws Exception {
        Survey survey = surveys.inReview();
        surveys.reviewRound(survey, Recommendation.MINOR_REVISION, Recommendation.ACCEPT);
        open("/surveys/" + survey.id(), "li.wei").andExpect(status().isOk())
                .andExpect(content().string(containsString("Please strengthen the evidence")))
                .andExpect(content().string(not(containsString("the team was late"))));
    }

    @Test
    void theFormsRefuseWhoeverMayNotUseThem() throws Exception {
        Survey survey = surveys.inReview();
        String base = "/surveys/" + survey.id();
        pages.mvc().perform(post(base + "/report").param("summary", "x").with(csrf()).with(pages.as("zhou.qiang")))
                .andExpect(status().isForbidden());
        pages.mvc().perform(post(base + "/review").param("confirmed", "true").param("relevance", "3").param("evidence", "3")
                        .param("feasibility", "3").param("clarity", "3").param("recommendation", "ACCEPT")
                        .param("commentsForAuthors", "ok").with(csrf()).with(pages.as("li.wei")))
                .andExpect(status().isForbidden());
        pages.mvc().perform(post(base + "/decision").param("confirmed", "true").param("decision", "APPROVE").with(csrf()).with(pages.as("zhou.qiang")))
                .andExpect(status().isForbidden());
        pages.mvc().perform(post(base + "/findings/submit").param("confirmed", "true").with(csrf()).with(pages.as("zhang.lei")))
                .andExpect(status().isForbidden());
        pages.mvc().perform(post(base + "/report/recall").param("confirmed", "true").with(csrf()).with(pages.as("wang.fang")))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(surveys.reload(survey).stage())
                .isEqualTo(org.thinktank.surveyflow.survey.SurveyStage.REVIEW);
    }

    @Test
    void theDashboardOffersOrganizersTheMeetingWorkbook() throws Exception {
        long meetingId = surveys.meetingId();
        open("/meetings/" + meetingId + "/dashboard", "organizer").andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/meetings/" + meetingId + "/workbook.xlsx")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li.wei", "zhou.qiang", "admin"})
    void theDashboardIsForOrganizersOnly(String username) throws Exception {
        long meetingId = surveys.meetingId();
        open("/meetings/" + meetingId + "/dashboard", username).andExpect(status().isForbidden());
    }

    @Test
    void theDashboardCountsTheMeetingsInvestigationsByStage() throws Exception {
        long meetingId = surveys.meetingId();
        surveys.awaitingApproval();
        open("/meetings/" + meetingId + "/dashboard", "organizer").andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*data-stage=\"APPROVAL\">\\s*<th scope=\"row\">.*?</th>\\s*<td data-value=\"[1-9][0-9]*\">.*")));
    }

    @Test
    void theDashboardLinkLeadsOrganizersToAMeeting() throws Exception {
        open("/dashboard", "organizer").andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/meetings/*/dashboard"));
    }

    @Test
    void everyoneSeesOnlyTheirOwnNotifications() throws Exception {
        Survey survey = surveys.launch();
        open("/notifications", "wang.fang").andExpect(status().isOk())
                .andExpect(content().string(containsString(survey.businessKey())));
        open("/notifications", "zhang.lei").andExpect(status().isOk())
                .andExpect(content().string(not(containsString("[" + survey.businessKey() + "]"))));
    }
}
