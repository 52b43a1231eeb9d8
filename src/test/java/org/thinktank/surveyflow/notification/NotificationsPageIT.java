package org.thinktank.surveyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Mailboxes;
import org.thinktank.surveyflow.support.Pages;

/** The notifications page: a page of notices at a time with the pager, the unread filter, and marking them read. */
@IntegrationTest
class NotificationsPageIT {

    @Autowired
    Pages pages;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    JdbcClient jdbc;

    /** A person of their own with that many notices. */
    private String mailboxWith(int notices) {
        return mailboxes.with(notices, "inbox", "信箱 Inbox");
    }

    private String html(String username, MockHttpServletRequestBuilder request) throws Exception {
        return pages.mvc().perform(request.with(pages.as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void inChineseThePagerSaysHowManyAndWhichPageWithNoEnglishLabel() throws Exception {
        String username = mailboxWith(3);

        String html = html(username, get("/notifications?size=2").param("lang", "zh-CN"));

        assertThat(html).contains("共 3 条，第 1 / 2 页", ">下一页<", "仅看未读", "全部标为已读")
                .doesNotContain("上一页", "in all", "Next page", "Previous page", "Unread only", "Mark all as read",
                        "Notifications");
    }

    @Test
    void inEnglishThePagerSaysHowManyAndWhichPage() throws Exception {
        String username = mailboxWith(3);

        String html = html(username, get("/notifications?size=2&page=1").param("lang", "en"));

        assertThat(html).contains("3 in all, page 2 of 2", ">Previous page<").doesNotContain(">Next page<");
    }

    @Test
    void theLinksToOtherPagesKeepTheFilterAndTheSize() throws Exception {
        String username = mailboxWith(3);

        String html = html(username, get("/notifications?unread=true&size=1&page=1"));

        assertThat(html).contains("href=\"/notifications?unread=true&amp;size=1&amp;page=0\"",
                "href=\"/notifications?unread=true&amp;size=1&amp;page=2\"",
                "hx-get=\"/notifications?unread=true&amp;size=1&amp;page=2\"", "hx-target=\"#notification-list\"");
    }

    @Test
    void anHtmxRequestIsAnsweredWithTheListAlone() throws Exception {
        String username = mailboxWith(2);

        String html = html(username, get("/notifications?size=1&page=1").header("HX-Request", "true"));

        assertThat(html).startsWith("<div id=\"notification-list\"").doesNotContain("<html", "<h1");
    }

    @Test
    void markingAllReadLeavesNothingUnread() throws Exception {
        String username = mailboxWith(2);

        pages.mvc().perform(post("/notifications/read").with(csrf()).with(pages.as(username)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/notifications"));

        assertThat(html(username, get("/notifications?unread=true").param("lang", "en")))
                .contains("No unread notifications.", "0 in all, page 1 of 1");
    }

    private record Stored(long id, Long surveyId) {
    }

    private Stored newestOf(String username) {
        return jdbc.sql("select id, survey_id from notification where recipient = ? order by id desc limit 1")
                .param(username).query((rs, row) -> new Stored(rs.getLong("id"), rs.getObject("survey_id", Long.class)))
                .single();
    }

    private long unreadOf(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null").param(username)
                .query(Long.class).single();
    }

    @Test
    void openingANoticeMarksItReadAndGoesToItsInvestigation() throws Exception {
        String username = mailboxWith(2);
        Stored notice = newestOf(username);

        pages.mvc().perform(post("/notifications/" + notice.id() + "/open").with(csrf()).with(pages.as(username)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys/" + notice.surveyId()));

        assertThat(unreadOf(username)).isEqualTo(1);
    }

    @Test
    void eachNoticeHasItsOwnOpenButton() throws Exception {
        String username = mailboxWith(1);

        assertThat(html(username, get("/notifications").param("lang", "zh-CN")))
                .contains("action=\"/notifications/" + newestOf(username).id() + "/open\"", "打开调研");
    }

    @Test
    void anotherPersonsNoticeCannotBeOpenedAndStaysUnread() throws Exception {
        String owner = mailboxWith(1);
        String other = mailboxWith(1);
        Stored notice = newestOf(owner);

        pages.mvc().perform(post("/notifications/" + notice.id() + "/open").with(csrf()).with(pages.as(other))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("您没有编号为 " + notice.id() + " 的通知")));
        assertThat(unreadOf(owner)).isEqualTo(1);
    }

    @Test
    void aBadPageSizeIsAnErrorPageNamingTheParameter() throws Exception {
        pages.mvc().perform(get("/notifications?size=500").with(pages.as("li.wei")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Page size: must be between 1 and 200")));
    }
}
