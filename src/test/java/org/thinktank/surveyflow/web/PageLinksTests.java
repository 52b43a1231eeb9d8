package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTests {

    private static String linkFrom(String contextPath, String uri, String query, int page) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setContextPath(contextPath);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return new PageLinks().to(page);
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theLinkKeepsTheFiltersAndReplacesThePage() {
        assertThat(linkFrom("", "/audit", "surveyId=7&kind=SURVEY_LAUNCHED&page=1&size=20", 2))
                .isEqualTo("/audit?surveyId=7&kind=SURVEY_LAUNCHED&size=20&page=2");
    }

    @Test
    void withoutAQueryTheLinkHasOnlyThePage() {
        assertThat(linkFrom("", "/notifications", null, 1)).isEqualTo("/notifications?page=1");
    }

    @Test
    void theOneTimeLanguageSwitchIsNotCarriedAlong() {
        assertThat(linkFrom("", "/notifications", "lang=zh-CN&unread=true", 1))
                .isEqualTo("/notifications?unread=true&page=1");
    }

    @Test
    void encodedValuesStayEncoded() {
        assertThat(linkFrom("", "/audit", "actor=%E6%9D%8E%20wei&page=0", 1))
                .isEqualTo("/audit?actor=%E6%9D%8E%20wei&page=1");
    }

    @Test
    void theLinkIsWithinTheApplicationWithoutItsContextPath() {
        assertThat(linkFrom("/surveyflow", "/surveyflow/surveys/3/findings", "page=4", 3))
                .isEqualTo("/surveys/3/findings?page=3");
    }
}
