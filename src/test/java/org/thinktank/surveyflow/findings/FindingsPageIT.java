package org.thinktank.surveyflow.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/** The findings page lists the findings a page at a time, newest first, with the pager. */
@IntegrationTest
class FindingsPageIT {

    private static final Pattern CARD_TITLE = Pattern.compile("<article class=\"card finding\">\\s*<h3>([^<]*)</h3>");

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    FindingsBook findings;

    /** An investigation with that many of the lead's drafts, titled "第 1 条" to "第 n 条". */
    private Survey withFindings(int count) {
        Survey survey = surveys.launch();
        for (int i = 1; i <= count; i++) {
            findings.add(survey.id(), Surveys.LEAD, Surveys.finding("第 " + i + " 条"));
        }
        return survey;
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return pages.mvc().perform(request.with(pages.as("li.wei"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static List<String> titles(String html) {
        List<String> titles = new ArrayList<>();
        Matcher matcher = CARD_TITLE.matcher(html);
        while (matcher.find()) {
            titles.add(matcher.group(1));
        }
        return titles;
    }

    @Test
    void theFirstPageShowsTheNewestFindingsAndThePagerInChinese() throws Exception {
        Survey survey = withFindings(3);

        String html = html(get("/surveys/" + survey.id() + "/findings?size=2").param("lang", "zh-CN"));

        assertThat(titles(html)).containsExactly("第 3 条", "第 2 条");
        assertThat(html).contains("共 3 条，第 1 / 2 页", ">下一页<")
                .contains("href=\"/surveys/" + survey.id() + "/findings?size=2&amp;page=1\"")
                .doesNotContain("in all", "Next page");
    }

    @Test
    void theLastPageShowsTheOldestAndALinkBack() throws Exception {
        Survey survey = withFindings(3);

        String html = html(get("/surveys/" + survey.id() + "/findings?size=2&page=1").param("lang", "en"));

        assertThat(titles(html)).containsExactly("第 1 条");
        assertThat(html).contains("3 in all, page 2 of 2", ">Previous page<").doesNotContain(">Next page<");
    }

    @Test
    void anHtmxRequestIsAnsweredWithTheListAlone() throws Exception {
        Survey survey = withFindings(3);

        String html = html(get("/surveys/" + survey.id() + "/findings?size=2&page=1").header("HX-Request", "true"));

        assertThat(html).startsWith("<div id=\"findings-list\"").doesNotContain("<html", "finding-form");
        assertThat(titles(html)).containsExactly("第 1 条");
    }

    @Test
    void figuresAreShownAsPlainNumbers() throws Exception {
        Survey survey = surveys.launch();
        findings.add(survey.id(), Surveys.LEAD, Surveys.finding("数值 Figures").withFigures(List.of(
                new Figure("乡镇", new BigDecimal("40"), "个"), new Figure("企业", new BigDecimal("1200"), "家"),
                new Figure("比例", new BigDecimal("31.5"), "%"), new Figure("误差", new BigDecimal("0.0001"), ""))));

        String html = html(get("/surveys/" + survey.id() + "/findings").param("lang", "zh-CN"));

        assertThat(html).contains(">乡镇: 40 个<", ">企业: 1200 家<", ">比例: 31.5 %<", ">误差: 0.0001 <")
                .doesNotContain("E+");
    }

    @Test
    void aRefusedFormShowsItsFiguresAsPlainNumbers() throws Exception {
        Survey survey = surveys.launch();

        String html = pages.mvc().perform(multipart("/surveys/" + survey.id() + "/findings").param("title", "")
                        .param("method", "INTERVIEW").param("figures[0].name", "乡镇").param("figures[0].value", "4E+1")
                        .param("figures[1].name", "企业").param("figures[1].value", "1.2E+3")
                        .param("figures[2].name", "比例").param("figures[2].value", "31.50")
                        .with(csrf()).with(pages.as("li.wei")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("name=\"figures[0].value\" value=\"40\"", "name=\"figures[1].value\" value=\"1200\"",
                "name=\"figures[2].value\" value=\"31.5\"");
    }
}
