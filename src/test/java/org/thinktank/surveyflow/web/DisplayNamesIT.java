package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/** People appear by display name, their institution on hover, never by login: in the navigation and on the pages. */
@IntegrationTest
class DisplayNamesIT {

    private static final String[] LOGINS = {"li.wei", "wang.fang", "zhou.qiang", "m.ivanov", "organizer"};

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    WorkCalendar calendar;

    private Document page(String path, String username, String language) throws Exception {
        return Jsoup.parse(pages.mvc().perform(get(path).param("lang", language).with(pages.as(username)))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theNavigationNamesTheSignedInPersonByDisplayNameWithTheirInstitution() throws Exception {
        Document home = page("/", "li.wei", "en");

        assertThat(home.select("#signed-in-as").text()).isEqualTo("Li Wei 李伟");
        assertThat(home.select("#signed-in-as").attr("title")).startsWith("黑龙江数字经济研究中心");
    }

    @Test
    void theInvestigationPageNamesTheTeamReviewersHoldersAndActorsByDisplayNameOnly() throws Exception {
        Survey survey = surveys.launch();
        surveys.submitFindings(survey, Surveys.RESEARCHER);

        Document zh = page("/surveys/" + survey.id(), "organizer", "zh-CN");

        assertThat(zh.select("#lead").text()).isEqualTo("Li Wei 李伟");
        assertThat(zh.select("#team span").eachText()).containsExactly("Li Wei 李伟", "Wang Fang 王芳");
        assertThat(zh.select("#reviewers span").eachText()).containsExactlyInAnyOrder("Zhou Qiang 周强", "Mikhail Ivanov");
        assertThat(zh.select("#reviewers span").eachAttr("title")).allMatch(title -> title.startsWith("东北振兴研究院"));
        assertThat(zh.select("#steps").text()).contains("Wang Fang 王芳");
        assertThat(zh.select("#timeline").text()).contains("(Wang Fang 王芳)");
        assertThat(zh.select(".finding-author").eachText()).containsOnly("Wang Fang 王芳");
        // the finding's title is the test's own text ("… by wang.fang"): everything else names people by name
        zh.select(".finding h2, .finding h3").remove();
        assertThat(zh.select("main").text()).doesNotContain(LOGINS);
    }

    @Test
    void theDashboardNamesTheHoldersOfOverdueTasksByDisplayName() throws Exception {
        Survey survey = surveys.launch();
        processes.moveDueDates(survey, calendar.now().minus(Duration.ofDays(3)));

        Document dashboard = page("/meetings/" + surveys.meetingId() + "/dashboard", "organizer", "en");

        assertThat(dashboard.select("#overdue").text()).doesNotContain(LOGINS);
        assertThat(dashboard.select("#investigations").text()).doesNotContain(LOGINS);
    }
}
