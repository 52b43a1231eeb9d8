package org.thinktank.surveyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.support.PagedLists.ids;
import static org.thinktank.surveyflow.support.PagedLists.page;
import static org.thinktank.surveyflow.support.PagedLists.reversed;
import static org.thinktank.surveyflow.support.PagedLists.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;

/**
 * GET /api/notifications: my notices a page at a time, newest first, all or only the unread, with how many are
 * unread; POST /api/notifications/read marks them read. Each test reads the mailbox of a person of its own.
 */
@IntegrationTest
class NotificationListApiIT {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    Notifier notifier;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Refusals refusals;
    @Autowired
    JdbcClient jdbc;

    /** A person of their own and the ids of the notices sent to them, oldest first. */
    private record Mailbox(ApiClient client, String username, List<Long> ids) {

        List<Long> newestFirst() {
            return reversed(ids);
        }
    }

    private Mailbox mailboxWith(int notices) {
        String username = "mailbox." + System.nanoTime() % 1_000_000_000L + "." + UNIQUE.incrementAndGet();
        accounts.createDemoAccount(new NewUser(username, "信箱 Mailbox", null, null, Role.RESEARCHER, "demo"));
        Survey survey = surveys.launch();
        for (int i = 0; i < notices; i++) {
            notifier.assigned(survey.id(), List.of(username), "任务 Task " + i, null, "task" + i);
        }
        List<Long> ids = new ArrayList<>(jdbc.sql("select id from notification where recipient = ? order by id")
                .param(username).query(Long.class).list());
        return new Mailbox(api.as(username), username, ids);
    }

    @Test
    void theFirstPageHoldsTheNewestAndTheTotalCountsThemAll() {
        Mailbox mailbox = mailboxWith(5);

        JsonNode first = page(mailbox.client(), "/api/notifications", 0, 2);

        assertThat(ids(first.path("items"))).containsExactlyElementsOf(mailbox.newestFirst().subList(0, 2));
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("pages").asLong()).isEqualTo(3);
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        Mailbox mailbox = mailboxWith(5);

        JsonNode last = page(mailbox.client(), "/api/notifications", 2, 2);

        assertThat(ids(last.path("items"))).containsExactly(mailbox.ids().get(0));
        assertThat(last.path("total").asLong()).isEqualTo(5);
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheSameTotal() {
        Mailbox mailbox = mailboxWith(3);

        JsonNode beyond = page(mailbox.client(), "/api/notifications", 5, 2);

        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(3);
    }

    @Test
    void everyPageSaysHowManyAreUnread() {
        Mailbox mailbox = mailboxWith(3);

        JsonNode page = page(mailbox.client(), "/api/notifications", 1, 2);

        assertThat(page.path("unread").asLong()).isEqualTo(3);
        assertThat(page.path("items").get(0).path("read").asBoolean()).isFalse();
    }

    @Test
    void markingReadUpToANoticeLeavesTheNewerOnesUnread() {
        Mailbox mailbox = mailboxWith(5);

        Response marked = mailbox.client().post("/api/notifications/read?upTo=" + mailbox.ids().get(2), null);
        JsonNode unread = page(mailbox.client(), "/api/notifications?unread=true", 0, 50);

        assertThat(marked.code()).as(marked.toString()).isEqualTo(204);
        assertThat(ids(unread.path("items"))).containsExactlyElementsOf(mailbox.newestFirst().subList(0, 2));
        assertThat(unread.path("total").asLong()).isEqualTo(2);
        assertThat(unread.path("unread").asLong()).isEqualTo(2);
    }

    @Test
    void markingOneNoticeReadLeavesTheOthersUnread() {
        Mailbox mailbox = mailboxWith(3);

        Response marked = mailbox.client().post("/api/notifications/" + mailbox.ids().get(1) + "/read", null);
        JsonNode unread = page(mailbox.client(), "/api/notifications?unread=true", 0, 50);

        assertThat(marked.code()).as(marked.toString()).isEqualTo(204);
        assertThat(ids(unread.path("items"))).containsExactly(mailbox.ids().get(2), mailbox.ids().get(0));
    }

    @Test
    void markingAnotherPersonsNoticeReadIsNotFoundInTheirLanguage() {
        Mailbox mine = mailboxWith(1);
        Mailbox theirs = mailboxWith(1);

        refusals.expect(404, "您没有编号为 " + theirs.ids().get(0) + " 的通知",
                () -> mine.client().in("zh-CN").post("/api/notifications/" + theirs.ids().get(0) + "/read", null));
        assertThat(page(theirs.client(), "/api/notifications", 0, 50).path("unread").asLong()).isEqualTo(1);
    }

    @Test
    void aReadNoticeStaysInTheWholeListWithTheTimeItWasRead() {
        Mailbox mailbox = mailboxWith(2);
        mailbox.client().post("/api/notifications/read", null);

        JsonNode all = page(mailbox.client(), "/api/notifications", 0, 50);

        assertThat(all.path("total").asLong()).isEqualTo(2);
        assertThat(all.path("items")).allSatisfy(n -> {
            assertThat(n.path("read").asBoolean()).isTrue();
            assertThat(n.path("readAt").asText()).isNotBlank();
        });
    }

    @Test
    void theUnreadFilterWithNothingUnreadGivesAnEmptyPageAndATotalOfZero() {
        Mailbox mailbox = mailboxWith(2);
        mailbox.client().post("/api/notifications/read", null);

        JsonNode unread = page(mailbox.client(), "/api/notifications?unread=true", 0, 50);

        assertThat(unread.path("items")).isEmpty();
        assertThat(unread.path("total").asLong()).isZero();
        assertThat(unread.path("unread").asLong()).isZero();
    }

    @Test
    void markingReadTouchesNobodyElsesNotices() {
        Mailbox mine = mailboxWith(1);
        Mailbox theirs = mailboxWith(1);

        mine.client().post("/api/notifications/read", null);

        assertThat(page(theirs.client(), "/api/notifications", 0, 50).path("unread").asLong()).isEqualTo(1);
    }

    @Test
    void walkingThePagesGivesEveryNoticeOnceNewestFirst() {
        Mailbox mailbox = mailboxWith(7);

        assertThat(ids(walk(mailbox.client(), "/api/notifications", 3))).containsExactlyElementsOf(mailbox.newestFirst());
    }

    @Test
    void noticesSentAtTheSameMomentKeepOneOrderAcrossPagesHighestIdFirst() {
        Mailbox mailbox = mailboxWith(5);
        jdbc.sql("update notification set created_at = timestamptz '2026-03-01 09:00+08' where recipient = ?")
                .param(mailbox.username()).update();

        List<JsonNode> all = walk(mailbox.client(), "/api/notifications", 2);

        assertThat(ids(all)).containsExactlyElementsOf(mailbox.newestFirst()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=0        | Page size: must be between 1 and 200",
            "size=201      | Page size: must be between 1 and 200",
            "size=-3       | Page size: must be between 1 and 200",
            "size=many     | Page size: must be a whole number, not 'many'",
            "page=-1       | Page: must be 0 or more",
            "unread=maybe  | Unread only: must be true or false, not 'maybe'"})
    void aBadPageSizeOrFilterIsRefusedNamingTheParameter(String query, String detail) {
        refusals.expect(400, detail, () -> api.as("li.wei").get("/api/notifications?" + query));
    }

    @Test
    void markingReadUpToSomethingThatIsNotAnIdIsRefused() {
        refusals.expect(400, "Up to version: must be a whole number, not 'last'",
                () -> api.as("li.wei").post("/api/notifications/read?upTo=last", null));
    }
}
