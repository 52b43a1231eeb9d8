package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Mailboxes;
import org.thinktank.surveyflow.support.Pages;

/** The navigation shows how many notifications are unread, with a label that says so; marking them read clears it. */
@IntegrationTest
class UnreadBadgeIT {

    @Autowired
    Pages pages;
    @Autowired
    Mailboxes mailboxes;

    /** A person of their own with that many notices. */
    private String mailboxWith(int notices) {
        return mailboxes.with(notices, "badge", "徽标 Badge");
    }

    private Document home(String username, String language) throws Exception {
        return Jsoup.parse(pages.mvc().perform(get("/").param("lang", language).with(pages.as(username)))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theNavigationCountsTheUnreadNotificationsWithAChineseLabel() throws Exception {
        String username = mailboxWith(3);

        Document page = home(username, "zh-CN");

        assertThat(page.select("#nav-notifications #unread-badge [aria-hidden]").text()).isEqualTo("3");
        assertThat(page.select("#unread-badge .sr-only").text()).isEqualTo("3 条未读通知");
    }

    @Test
    void theNavigationCountsTheUnreadNotificationsWithAnEnglishLabel() throws Exception {
        String username = mailboxWith(1);

        assertThat(home(username, "en").select("#unread-badge .sr-only").text()).isEqualTo("1 unread notification");
    }

    @Test
    void markingThemReadClearsTheBadge() throws Exception {
        String username = mailboxWith(2);

        pages.mvc().perform(post("/notifications/read").with(csrf()).with(pages.as(username)));

        assertThat(home(username, "zh-CN").select("#unread-badge")).isEmpty();
        assertThat(home(username, "zh-CN").select("#nav-notifications").text()).isEqualTo("通知");
    }
}
