package org.thinktank.surveyflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/** The home page lists my tasks with due dates, in tabs, filtered, in the reader's language. */
@IntegrationTest
class MyTasksPageIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;

    @Test
    void aResearcherSeesTheirFindingsTaskWithALinkToTheFindingsForm() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(get("/").with(pages.as("wang.fang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Submit findings")))
                .andExpect(content().string(containsString("/surveys/" + survey.id() + "/tasks/submitFindings")));
    }

    @Test
    void theTaskLinkOpensThePageOfThatKindOfTask() throws Exception {
        pages.mvc().perform(get("/surveys/7/tasks/reviewReport").with(pages.as("zhou.qiang")))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/surveys/7/review"));
    }

    @Test
    void theDoneTabListsTasksICompleted() throws Exception {
        Survey survey = surveys.launch();
        surveys.submitFindings(survey, Surveys.RESEARCHER);
        pages.mvc().perform(get("/").param("tab", "done").with(pages.as("wang.fang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(survey.businessKey())));
    }

    @Test
    void theFilterKeepsOnlyMatchingTasks() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(get("/").param("q", "no such investigation").with(pages.as("wang.fang")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/surveys/" + survey.id() + "/tasks/"))));
    }

    @Test
    void anHtmxRequestGetsOnlyThePanel() throws Exception {
        pages.mvc().perform(get("/").param("tab", "done").header("HX-Request", "true").with(pages.as("wang.fang")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"panel\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void organizersHaveATabOfTheInvestigationsTheyLaunched() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(get("/").param("tab", "launched").with(pages.as("organizer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(survey.businessKey())));
        pages.mvc().perform(get("/").with(pages.as("li.wei")))
                .andExpect(content().string(not(containsString("id=\"tab-launched\""))));
    }

    @Test
    void theTasksAreInChineseWhenChineseIsChosen() throws Exception {
        surveys.launch();
        pages.mvc().perform(get("/").param("lang", "zh-CN").with(pages.as("wang.fang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("我的任务")))
                .andExpect(content().string(containsString("提交调研发现")));
    }

    @Test
    void dueDatesAreWrittenTheWayTheChosenLanguageWritesDates() throws Exception {
        Survey survey = surveys.launch();
        java.time.LocalDate due = survey.dueDates().findings();
        pages.mvc().perform(get("/").param("lang", "zh-CN").with(pages.as("wang.fang")))
                .andExpect(content().string(containsString(due.getYear() + "年" + due.getMonthValue() + "月"
                        + due.getDayOfMonth() + "日")));
        pages.mvc().perform(get("/").param("lang", "en").with(pages.as("wang.fang")))
                .andExpect(content().string(containsString(java.time.format.DateTimeFormatter
                        .ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH).format(due))));
    }

    @Test
    void anUnknownTabIsABadRequest() throws Exception {
        pages.mvc().perform(get("/").param("tab", "nonsense").with(pages.as("wang.fang")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRefusalAskedForByHtmxIsOnlyTheMessage() throws Exception {
        pages.mvc().perform(get("/").param("tab", "nonsense").header("HX-Request", "true").with(pages.as("wang.fang")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tab: &#39;nonsense&#39; is not one of")))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
