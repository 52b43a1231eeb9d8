package org.thinktank.surveyflow.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.ManyInvestigations;
import org.thinktank.surveyflow.support.ManyInvestigations.Crowd;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/** The home page lists my tasks with due dates, in tabs, a page at a time, filtered, in the reader's language. */
@IntegrationTest
class MyTasksPageIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    ManyInvestigations many;

    @Test
    void aResearcherSeesTheirFindingsTaskWithALinkToTheFindingsForm() throws Exception {
        Survey survey = surveys.launch();
        pages.mvc().perform(get("/").param("q", survey.businessKey()).with(pages.as("wang.fang")))
                .andExpect(status().isOk())
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
        pages.mvc().perform(get("/").param("tab", "done").param("q", survey.businessKey()).with(pages.as("wang.fang")))
                .andExpect(status().isOk())
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
        pages.mvc().perform(get("/").param("lang", "zh-CN").param("q", survey.businessKey()).with(pages.as("wang.fang")))
                .andExpect(content().string(containsString(due.getYear() + "年" + due.getMonthValue() + "月"
                        + due.getDayOfMonth() + "日")));
        pages.mvc().perform(get("/").param("lang", "en").param("q", survey.businessKey()).with(pages.as("wang.fang")))
                .andExpect(content().string(containsString(java.time.format.DateTimeFormatter
                        .ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH).format(due))));
    }

    @Test
    void theListShowsAPageAtATimeWithLinksToThePagesAround() throws Exception {
        Crowd crowd = many.newMeeting();
        many.launch(crowd, 0, 5);

        String first = page(crowd, "/?size=2");
        String second = page(crowd, "/?size=2&page=1");

        assertThat(rows(first)).isEqualTo(2);
        assertThat(first).contains("5 in all, page 1 of 3", "href=\"/?size=2&amp;page=1\"").doesNotContain("rel=\"prev\"");
        assertThat(rows(second)).isEqualTo(2);
        assertThat(second).contains("5 in all, page 2 of 3", "href=\"/?size=2&amp;page=0\"",
                "href=\"/?size=2&amp;page=2\"");
        assertThat(page(crowd, "/?size=2&page=1&lang=zh-CN")).contains("共 5 条，第 2 / 3 页");
    }

    @Test
    void aPageBeyondTheEndIsEmptyAndLinksBackToTheLast() throws Exception {
        Crowd crowd = many.newMeeting();
        many.launch(crowd, 0, 3);

        String beyond = page(crowd, "/?size=2&page=7");

        assertThat(rows(beyond)).isZero();
        assertThat(beyond).contains("Nothing here.", "3 in all, page 8 of 2", "href=\"/?size=2&amp;page=1\"");
    }

    @Test
    void theFilterFindsTasksByTheirKindAsTheReaderNamesIt() throws Exception {
        Crowd crowd = many.newMeeting();
        many.launch(crowd, 0, 3);

        assertThat(rows(filtered(crowd, "zh-CN", "调研发现"))).isEqualTo(3);
        assertThat(rows(filtered(crowd, "zh-CN", "评审"))).isZero();
        assertThat(rows(filtered(crowd, "en", "FINDINGS"))).isEqualTo(3);
        assertThat(rows(filtered(crowd, "en", "Topic 1 "))).isEqualTo(1);
    }

    private String filtered(Crowd crowd, String language, String text) throws Exception {
        return pages.mvc().perform(get("/").param("lang", language).param("q", text).with(pages.as(crowd.lead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);
    }

    @Test
    void theTabOfLaunchedInvestigationsIsPagedLatestFirst() throws Exception {
        Survey older = surveys.launch();
        Survey latest = surveys.launch();
        String launched = pages.mvc().perform(get("/").param("tab", "launched").param("size", "1")
                        .with(pages.as("organizer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(launched).contains(latest.businessKey(), "rel=\"next\"").doesNotContain(older.businessKey() + " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=201", "size=-1", "size=ten", "page=-1", "page=x"})
    void aBadPageOrSizeIsABadRequestThatSaysWhich(String parameter) throws Exception {
        String label = parameter.startsWith("size=") ? "Page size: " : "Page: ";
        pages.mvc().perform(get("/?" + parameter).with(pages.as("wang.fang")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(label)));
    }

    private String page(Crowd crowd, String path) throws Exception {
        return pages.mvc().perform(get(path).with(pages.as(crowd.lead()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(UTF_8);
    }

    private static int rows(String page) {
        return page.split("data-task=", -1).length - 1;
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
                .andExpect(content().string(containsString("Task list: &#39;nonsense&#39; is not one of")))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
