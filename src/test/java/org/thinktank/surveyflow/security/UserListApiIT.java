package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.support.PagedLists.page;
import static org.thinktank.surveyflow.support.PagedLists.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Refusals;

/**
 * GET /api/users: accounts for admins, a page at a time, by user name, filtered by role and by a piece of the user
 * name or display name. Each test creates accounts under a prefix of its own and searches for it.
 */
@IntegrationTest
class UserListApiIT {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Refusals refusals;

    /** The prefix the accounts share, and their user names in alphabetical order. */
    private record Accounts(String prefix, List<String> usernames) {

        String path() {
            return "/api/users?q=" + prefix;
        }
    }

    /** Accounts under a new prefix, one per role given, named {@code prefix.a}, {@code prefix.b}, …. */
    private Accounts accounts(Role... roles) {
        String prefix = "ul" + System.nanoTime() % 1_000_000_000L + "x" + UNIQUE.incrementAndGet();
        List<String> usernames = new ArrayList<>();
        for (int i = roles.length - 1; i >= 0; i--) { // created last to first: the list's order is not the creation's
            String username = prefix + "." + (char) ('a' + i);
            accounts.createDemoAccount(new NewUser(username, "列表用户 List User " + (char) ('A' + i), null, null,
                    roles[i], "demo"));
            usernames.add(0, username);
        }
        return new Accounts(prefix, usernames);
    }

    private static List<String> usernames(Iterable<JsonNode> users) {
        List<String> names = new ArrayList<>();
        users.forEach(user -> names.add(user.path("username").asText()));
        return names;
    }

    private ApiClient admin() {
        return api.as("admin");
    }

    @Test
    void theFirstPageHoldsTheFirstByUserNameAndTheTotalCountsThemAll() {
        Accounts created = accounts(Role.RESEARCHER, Role.REVIEWER, Role.RESEARCHER, Role.ORGANIZER, Role.ADMIN);

        JsonNode first = page(admin(), created.path(), 0, 2);

        assertThat(usernames(first.path("items"))).containsExactlyElementsOf(created.usernames().subList(0, 2));
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("pages").asLong()).isEqualTo(3);
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        Accounts created = accounts(Role.RESEARCHER, Role.RESEARCHER, Role.RESEARCHER);

        JsonNode last = page(admin(), created.path(), 1, 2);

        assertThat(usernames(last.path("items"))).containsExactly(created.usernames().get(2));
        assertThat(last.path("total").asLong()).isEqualTo(3);
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheSameTotal() {
        Accounts created = accounts(Role.RESEARCHER, Role.REVIEWER);

        JsonNode beyond = page(admin(), created.path(), 4, 2);

        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aFilterThatMatchesNothingGivesAnEmptyPageAndATotalOfZero() {
        Accounts created = accounts(Role.RESEARCHER, Role.REVIEWER);

        JsonNode none = page(admin(), created.path() + "&role=ORGANIZER", 0, 50);

        assertThat(none.path("items")).isEmpty();
        assertThat(none.path("total").asLong()).isZero();
    }

    @Test
    void theRoleFilterKeepsTheAccountsWithThatRole() {
        Accounts created = accounts(Role.RESEARCHER, Role.REVIEWER, Role.RESEARCHER, Role.REVIEWER);

        JsonNode reviewers = page(admin(), created.path() + "&role=REVIEWER", 0, 50);

        assertThat(usernames(reviewers.path("items")))
                .containsExactly(created.usernames().get(1), created.usernames().get(3));
    }

    @Test
    void theTextIsFoundInTheDisplayNameInAnyCase() {
        Accounts created = accounts(Role.RESEARCHER, Role.REVIEWER);

        JsonNode found = page(admin(), created.path() + ".b", 0, 50);
        JsonNode byDisplayName = page(admin(), "/api/users?q=list user b&role=REVIEWER", 0, 200);

        assertThat(usernames(found.path("items"))).containsExactly(created.usernames().get(1));
        assertThat(usernames(byDisplayName.path("items"))).contains(created.usernames().get(1))
                .doesNotContain(created.usernames().get(0));
    }

    @Test
    void walkingThePagesGivesEveryAccountOnceByUserName() {
        Accounts created = accounts(Role.ADMIN, Role.RESEARCHER, Role.REVIEWER, Role.ORGANIZER, Role.RESEARCHER,
                Role.REVIEWER, Role.RESEARCHER);

        assertThat(usernames(walk(admin(), created.path(), 3))).containsExactlyElementsOf(created.usernames());
    }

    @Test
    void theWholeListIsInUserNameOrder() {
        List<String> all = usernames(walk(admin(), "/api/users", 200));

        assertThat(all).isSorted().contains("admin", "li.wei", "organizer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=0        | Page size: must be between 1 and 200",
            "size=201      | Page size: must be between 1 and 200",
            "size=-1       | Page size: must be between 1 and 200",
            "size=1e3      | Page size: must be a whole number, not '1e3'",
            "page=-2       | Page: must be 0 or more",
            "role=BOSS     | Role: 'BOSS' is not one of Researcher, Reviewer, Organizer, Administrator"})
    void aBadPageSizeOrFilterIsRefusedNamingTheParameter(String query, String detail) {
        refusals.expect(400, detail, () -> admin().get("/api/users?" + query));
    }

    @Test
    void nobodyButAdminsListsTheAccounts() {
        refusals.expect(403, "Only admins manage user accounts", () -> api.as("organizer").get("/api/users"));
    }
}
