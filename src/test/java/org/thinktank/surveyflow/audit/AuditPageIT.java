package org.thinktank.surveyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/** The audit trail page: organizers only, in Chinese and English, filtered and paged like the API. */
@IntegrationTest
class AuditPageIT {

    private static final Pattern KIND_CELL = Pattern.compile("<td class=\"audit-kind\">([^<]*)</td>");
    private static final Pattern ACTOR_CELL = Pattern.compile("<td class=\"audit-actor\">\\s*<span[^>]*>([^<]*)</span>");

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;

    private String page(String path, String lang) throws Exception {
        return pages.mvc().perform(get(path).param("lang", lang).with(pages.as("organizer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> cells(Pattern cell, String html) {
        List<String> values = new ArrayList<>();
        Matcher matcher = cell.matcher(html);
        while (matcher.find()) {
            values.add(HtmlUtils.htmlUnescape(matcher.group(1)).strip());
        }
        return values;
    }

    @Test
    void inChineseEveryKindAndThePeopleAreShownInChinese() throws Exception {
        Survey survey = surveys.inReview();

        String html = page("/audit?surveyId=" + survey.id(), "zh-CN");

        assertThat(html).contains("审计日志").contains(survey.businessKey());
        assertThat(cells(KIND_CELL, html)).hasSizeGreaterThan(5).contains("发起调研", "提交报告版本", "进入阶段")
                .allSatisfy(kind -> assertThat(kind).doesNotContainPattern("[A-Za-z_]"));
        assertThat(cells(ACTOR_CELL, html)).contains("系统（流程自动）").doesNotContain("system");
    }

    @Test
    void inEnglishTheKindsAreWordsNotCodes() throws Exception {
        Survey survey = surveys.launchInPlanning();

        String html = page("/audit?surveyId=" + survey.id(), "en");

        assertThat(html).contains("Audit trail");
        assertThat(cells(KIND_CELL, html)).containsExactly("Investigation launched");
    }

    @Test
    void everyKindHasAChineseName() throws Exception {
        String html = page("/audit", "zh-CN");

        for (AuditKind kind : AuditKind.values()) {
            assertThat(html).contains("<option value=\"" + kind.name() + "\"");
        }
        Matcher options = Pattern.compile("<option value=\"[A-Z_]+\"[^>]*>([^<]*)</option>").matcher(html);
        int named = 0;
        while (options.find()) {
            assertThat(options.group(1)).doesNotContainPattern("[A-Za-z_]");
            named++;
        }
        assertThat(named).isEqualTo(AuditKind.values().length);
    }

    @Test
    void theFiltersNarrowTheTableAndTheNextPageKeepsThem() throws Exception {
        Survey survey = surveys.inReview();

        String byPerson = page("/audit?surveyId=" + survey.id() + "&actor=wang.fang", "en");
        String secondPage = page("/audit?surveyId=" + survey.id() + "&kind=SURVEY_LAUNCHED&page=1", "en");

        assertThat(cells(KIND_CELL, byPerson)).containsExactly("Findings submitted", "Finding added");
        assertThat(cells(ACTOR_CELL, byPerson)).containsOnly("Wang Fang 王芳");
        assertThat(cells(KIND_CELL, secondPage)).isEmpty();
        assertThat(secondPage).contains("No events match these filters.")
                .contains("href=\"/audit?surveyId=" + survey.id() + "&amp;kind=SURVEY_LAUNCHED&amp;page=0\"");
    }

    @Test
    void aBadPageIsRefusedWithAnErrorPage() throws Exception {
        pages.mvc().perform(get("/audit").param("page", "-1").with(pages.as("organizer")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Page: must be 0 or more")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"li.wei", "zhou.qiang", "admin"})
    void nobodyButOrganizersOpensThePage(String username) throws Exception {
        pages.mvc().perform(get("/audit").with(pages.as(username))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Only organizers read the audit trail")));
    }

    @Test
    void thePageNeedsSigningIn() throws Exception {
        pages.mvc().perform(get("/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theHeaderLinksOrganizersAndOnlyThemToThePage() throws Exception {
        pages.mvc().perform(get("/").with(pages.as("organizer2")))
                .andExpect(content().string(containsString("id=\"nav-audit\"")));
        pages.mvc().perform(get("/").with(pages.as("li.wei")))
                .andExpect(content().string(not(containsString("id=\"nav-audit\""))));
    }
}
