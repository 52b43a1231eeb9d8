package org.thinktank.surveyflow.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/** The team page, and the decline on the review page: organizers change the team, a reviewer declines. */
@IntegrationTest
class TeamPagesIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;

    private ResultActions postAs(String path, String username, String... params) throws Exception {
        var request = post(path)
                .header("Accept-Language", "zh-CN").param("confirmed", "true").with(csrf()).with(pages.as(username));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return pages.mvc().perform(request);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li.wei", "zhou.qiang"})
    void theTeamPageIsRefusedToResearchersAndReviewers(String username) throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(get("/surveys/" + survey.id() + "/team").header("Accept-Language", "zh-CN")
                .with(pages.as(username))).andExpect(status().isForbidden());
        postAs("/surveys/" + survey.id() + "/team/researchers/add", username, "person", "liu.yang")
                .andExpect(status().isForbidden());
    }

    @Test
    void theTeamPageShowsThePeopleByNameInChinese() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(get("/surveys/" + survey.id() + "/team").header("Accept-Language", "zh-CN")
                        .with(pages.as("organizer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("增加评审专家"), containsString("王芳"),
                        containsString("Mikhail Ivanov"), containsString("课题负责人"), not(containsString(">m.ivanov<")))));
    }

    @Test
    void anOrganizerReplacesAReviewerOnThePage() throws Exception {
        Survey survey = surveys.launch();
        postAs("/surveys/" + survey.id() + "/team/reviewers/replace", "organizer", "member", "m.ivanov",
                "person", "wu.jing").andExpect(redirectedUrl("/surveys/" + survey.id() + "/team"));
        assertThat(surveys.reload(survey).reviewers()).containsExactly("wu.jing", "zhou.qiang");
    }

    @Test
    void aRefusedChangeShowsThePageAgainSayingWhy() throws Exception {
        Survey survey = surveys.launch();
        postAs("/surveys/" + survey.id() + "/team/researchers/add", "organizer", "person", "wang.fang")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("王芳 已在课题组中")));
    }

    @Test
    void aReviewerDeclinesOnTheReviewPageWithAReason() throws Exception {
        Survey survey = surveys.inReview();
        postAs("/surveys/" + survey.id() + "/review/decline", "m.ivanov", "reason", " ")
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写谢绝评审的理由")));

        postAs("/surveys/" + survey.id() + "/review/decline", "m.ivanov", "reason", "时间冲突")
                .andExpect(redirectedUrl("/"));
        assertThat(surveys.reload(survey).reviewers()).containsExactly("zhou.qiang");
    }

    @Test
    void anOrganizerHandsTheApprovalToAnotherOrganizerOnThePage() throws Exception {
        Survey survey = surveys.awaitingApproval();
        postAs("/surveys/" + survey.id() + "/team/delegate", "organizer", "person", "organizer2")
                .andExpect(redirectedUrl("/surveys/" + survey.id() + "/team"));
        pages.mvc().perform(get("/surveys/" + survey.id() + "/team").header("Accept-Language", "zh-CN")
                .with(pages.as("organizer"))).andExpect(content().string(containsString("该决定已转交给Chen Jie 陈杰")));
    }
}
