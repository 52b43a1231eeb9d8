package org.thinktank.surveyflow.security.token.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Tokens;
import org.thinktank.surveyflow.support.Tokens.Token;
import org.thinktank.surveyflow.time.WorkCalendar;

/** The "API tokens" page: my tokens, creating one whose secret is shown once, and revoking. */
@IntegrationTest
class TokensPageIT {

    private static final Pattern SECRET = Pattern.compile("ttsw_[0-9A-Za-z]{43}");

    @Autowired
    Pages pages;
    @Autowired
    Api api;
    @Autowired
    Tokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkCalendar calendar;

    private MockHttpServletRequestBuilder createForm(String username, String name, String expiresOn) {
        return post("/tokens").param("name", name).param("expiresOn", expiresOn).with(csrf()).with(pages.as(username));
    }

    private String createdOnThePage(String username, String name) throws Exception {
        String page = pages.mvc().perform(createForm(username, name, calendar.today().plusDays(30).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the page shows the new token").isTrue();
        return secret.group();
    }

    private Instant expiryOf(String tokenName) {
        return jdbc.sql("select expires_at from personal_access_token where name = ?").param(tokenName)
                .query(Timestamp.class).single().toInstant();
    }

    private long tokensOf(String username) {
        return jdbc.sql("select count(*) from personal_access_token where username = ?").param(username)
                .query(Long.class).single();
    }

    @Test
    void theUserMenuLinksToTheTokensPage() throws Exception {
        pages.mvc().perform(get("/").with(pages.as("li.wei")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/tokens\"")));
    }

    @Test
    void thePageListsMyTokensAndNobodyElses() throws Exception {
        createdOnThePage("li.wei", "李伟的同步脚本");
        createdOnThePage("wang.fang", "王芳的同步脚本");

        pages.mvc().perform(get("/tokens").with(pages.as("li.wei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("李伟的同步脚本")))
                .andExpect(content().string(not(containsString("王芳的同步脚本"))));
    }

    @Test
    void aNewTokensSecretIsShownInTheAnswerToTheFormAndNeverAgain() throws Exception {
        String secret = createdOnThePage("li.wei", "shown once");

        pages.mvc().perform(get("/tokens").with(pages.as("li.wei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shown once")))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString("ttsw_"))));
    }

    @Test
    void theSecretIsNotKeptInTheBrowsersCache() throws Exception {
        pages.mvc().perform(createForm("li.wei", "not cached", calendar.today().plusDays(30).toString()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                        .contains("no-store"));
    }

    @Test
    void aTokenCreatedOnThePageSignsInToTheApi() throws Exception {
        String secret = createdOnThePage("li.wei", "from the page");

        assertThat(api.withToken(secret).get("/api/me").body().path("username").asText()).isEqualTo("li.wei");
    }

    @Test
    void aTokenExpiresAtTheEndOfTheDayChosen() throws Exception {
        String name = "end of day " + System.nanoTime();
        createdOnThePage("wu.jing", name);

        assertThat(expiryOf(name)).isEqualTo(calendar.endOf(calendar.today().plusDays(30)));
    }

    @Test
    void anEmptyExpiryGivesTheDefaultLifetime() throws Exception {
        String name = "default lifetime " + System.nanoTime();
        pages.mvc().perform(createForm("zhang.lei", name, "")).andExpect(status().isOk());

        assertThat(expiryOf(name)).isCloseTo(calendar.now().plus(Duration.ofDays(90)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void revokingATokenOnThePageStopsIt() throws Exception {
        Token token = tokens.create("li.wei");

        pages.mvc().perform(post("/tokens/" + token.id() + "/revoke").param("confirmed", "true").with(csrf()).with(pages.as("li.wei")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tokens"))
                .andExpect(flash().attributeExists("revoked"));

        assertThat(api.withToken(token.secret()).get("/api/me").code()).isEqualTo(401);
    }

    @Test
    void revokingWithoutTheCsrfTokenIsRefusedAndTheTokenKeepsWorking() throws Exception {
        Token token = tokens.create("li.wei");

        pages.mvc().perform(post("/tokens/" + token.id() + "/revoke").param("confirmed", "true").with(pages.as("li.wei")))
                .andExpect(status().isForbidden());

        assertThat(api.withToken(token.secret()).get("/api/me").code()).isEqualTo(200);
    }

    @Test
    void someoneElsesTokenCannotBeRevokedOnThePage() throws Exception {
        Token token = tokens.create("li.wei");

        pages.mvc().perform(post("/tokens/" + token.id() + "/revoke").param("confirmed", "true").with(csrf()).with(pages.as("wang.fang")))
                .andExpect(status().isNotFound());

        assertThat(api.withToken(token.secret()).get("/api/me").code()).isEqualTo(200);
    }

    @Test
    void aPastExpiryIsRefusedInTheReadersLanguageAndNothingIsCreated() throws Exception {
        long before = tokensOf("m.ivanov");

        pages.mvc().perform(createForm("m.ivanov", "过期", calendar.today().minusDays(1).toString())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("到期日不能早于今天")));

        assertThat(tokensOf("m.ivanov")).isEqualTo(before);
    }

    @Test
    void anExpiryBeyondTheLongestLifetimeIsRefusedSayingTheLastDay() throws Exception {
        long before = tokensOf("m.ivanov");

        pages.mvc().perform(createForm("m.ivanov", "too long", calendar.today().plusDays(400).toString())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The expiry date may be")))
                .andExpect(content().string(containsString("at the latest")));

        assertThat(tokensOf("m.ivanov")).isEqualTo(before);
    }

    @Test
    void anExpiryThatIsNoDateIsRefused() throws Exception {
        pages.mvc().perform(createForm("m.ivanov", "no date", "soon").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give the expiry as a date")));
    }

    @Test
    void aTokenWithoutANameIsRefused() throws Exception {
        long before = tokensOf("m.ivanov");

        pages.mvc().perform(createForm("m.ivanov", "  ", calendar.today().plusDays(30).toString())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写令牌名称")));

        assertThat(tokensOf("m.ivanov")).isEqualTo(before);
    }

    @Test
    void thePageIsInChineseForAChineseReader() throws Exception {
        pages.mvc().perform(get("/tokens").with(pages.as("li.wei")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("API 访问令牌")))
                .andExpect(content().string(containsString("创建令牌")));
    }
}
