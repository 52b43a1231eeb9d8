package org.thinktank.surveyflow.plan;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.Survey;

/** The plan's pages: the lead's form with its questionnaire, the organizers' approval page, the investigation page. */
@IntegrationTest
class SurveyPlanPagesIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    PlanReader plans;

    private MockMultipartHttpServletRequestBuilder planForm(Survey survey, String objectives) {
        MockMultipartHttpServletRequestBuilder request = multipart("/surveys/" + survey.id() + "/plan/edit");
        request.param("objectives", objectives).param("researchQuestions", "为何上云慢？")
                .param("sitePlace", "哈尔滨", "").param("siteStartsOn", "2026-05-04", "").param("siteEndsOn", "2026-05-08", "")
                .param("methods", "问卷").param("budgetNote", "三万元").with(csrf()).with(pages.as("li.wei"));
        return request;
    }

    @Test
    void theLeadSavesThePlanWithItsQuestionnaireDraft() throws Exception {
        Survey survey = surveys.launchInPlanning();
        MockMultipartFile questionnaire = new MockMultipartFile("questionnaire", "问卷.docx",
                "application/octet-stream", "PK questionnaire".getBytes(UTF_8));

        pages.mvc().perform(planForm(survey, "摸清现状").file(questionnaire).header("Accept-Language", "zh-CN"))
                .andExpect(status().isFound());

        PlanVersion draft = plans.current(survey.id(), Surveys.LEAD);
        assertThat(draft.content().sites()).extracting(PlanSite::place).containsExactly("哈尔滨");
        assertThat(draft.questionnaire().fileName()).isEqualTo("问卷.docx");
        pages.mvc().perform(get("/surveys/" + survey.id() + "/plan/versions/1/questionnaire")
                        .with(pages.as("wang.fang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().bytes("PK questionnaire".getBytes(UTF_8)));
    }

    @Test
    void aSiteDateThatIsNotADateIsRefusedOnTheSamePageInChinese() throws Exception {
        Survey survey = surveys.launchInPlanning();

        String page = pages.mvc().perform(planForm(survey, "摸清现状").param("siteEndsOn", "下周", "")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(UTF_8);

        assertThat(page).contains("第 1 个调研地点的结束日期", "“下周”不是日期").contains("摸清现状");
        assertThat(plans.versions(survey.id(), Surveys.LEAD)).isEmpty();
    }

    @Test
    void submittingAPlanWithoutObjectivesShowsTheMissingFieldAndKeepsThePlanADraft() throws Exception {
        Survey survey = surveys.launchInPlanning();
        pages.mvc().perform(planForm(survey, "").header("Accept-Language", "en")).andExpect(status().isFound());

        pages.mvc().perform(post("/surveys/" + survey.id() + "/plan/submit").param("confirmed", "true")
                        .with(csrf()).with(pages.as("li.wei")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Objectives: must be filled in before the plan is submitted")));
        assertThat(plans.current(survey.id(), Surveys.LEAD).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void theApprovalPageShowsWhatChangedSinceTheVersionSentBackAndItsComments() throws Exception {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "第一版目标");
        surveys.decidePlan(survey, PlanDecision.SEND_BACK, "请写明访谈对象");
        surveys.submitPlan(survey, "第二版目标");

        String page = pages.mvc().perform(get("/surveys/" + survey.id() + "/plan/approval")
                        .with(pages.as("organizer")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);

        assertThat(page).contains("请写明访谈对象", "与第 1 版相比的修改", "data-section=\"objectives\" data-changed=\"true\"",
                "<del>第一版目标</del>", "<ins>第二版目标</ins>");
    }

    @Test
    void anOrganizerSendsThePlanBackFromTheApprovalPage() throws Exception {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "第一版目标");

        pages.mvc().perform(post("/surveys/" + survey.id() + "/plan/approval").param("decision", "SEND_BACK")
                        .param("comment", "请补充问卷").param("confirmed", "true").with(csrf())
                        .with(pages.as("organizer")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isFound());

        assertThat(plans.versions(survey.id(), Surveys.ORGANIZER)).extracting(PlanVersion::status)
                .containsExactly(PlanStatus.SENT_BACK);
    }

    @Test
    void sendingBackWithoutACommentIsRefusedOnThePageInChinese() throws Exception {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "第一版目标");

        pages.mvc().perform(post("/surveys/" + survey.id() + "/plan/approval").param("decision", "SEND_BACK")
                        .param("confirmed", "true").with(csrf()).with(pages.as("organizer"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("退回方案时请说明负责人应修改什么")));
    }

    @Test
    void aResearcherMayNotOpenTheApprovalPage() throws Exception {
        Survey survey = surveys.submitPlan(surveys.launchInPlanning(), "第一版目标");

        pages.mvc().perform(get("/surveys/" + survey.id() + "/plan/approval").with(pages.as("wang.fang"))
                .header("Accept-Language", "en")).andExpect(status().isForbidden());
    }

    @Test
    void theInvestigationPageShowsReviewersThePlanWithoutItsBudgetNote() throws Exception {
        Survey survey = surveys.launch();

        pages.mvc().perform(get("/surveys/" + survey.id()).with(pages.as("zhou.qiang")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("摸清数字经济发展现状 Map the digital economy")))
                .andExpect(content().string(containsString("已批准")))
                .andExpect(content().string(not(containsString("差旅 3 万元"))));
        pages.mvc().perform(get("/surveys/" + survey.id()).with(pages.as("organizer")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("差旅 3 万元")));
    }
}
