package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.notification.Notifier;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/** The navigation shows how many notifications are unread, with a label that says so; marking them read clears it. */
@IntegrationTest
class UnreadBadgeIT {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;
    @Autowired
    Notifier notifier;
    @Autowired
    UserAccounts accounts;

    /** A person of their own with that many unread notices. */
    private String mailboxWith(int notices) {
        String username = "badge." + System.nanoTime() % 1_000_000_000L + "." + UNIQUE.incrementAndGet();
        accounts.createDemoAccount(new NewUser(username, "徽标 Badge", null, null, Role.RESEARCHER, "demo"));
        Survey survey = surveys.launch();
        for (int i = 0; i < notices; i++) {
            notifier.assigned(survey.id(), List.of(username), "任务 Task " + i, null, "task" + i);
        }
        return username;
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
