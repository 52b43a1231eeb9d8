package org.thinktank.surveyflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.EnglishUnlessAsked;

/**
 * The database goes away under a running application and comes back: meanwhile every request is answered 503 with
 * Retry-After and says why (problem JSON for the API, the error page in the reader's language for pages, a note on
 * the sign-in form), and afterwards the application answers again without a restart. The application reaches its
 * PostgreSQL through a {@link DatabaseLink} the tests cut. Its own context and database, closed after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // an external database, so the embedded one stands aside; LinkedDatabase supplies the pool. The demo's
        // accounts are asked for explicitly: with an external database the demo is otherwise off.
        properties = {"spring.datasource.url=jdbc:postgresql://through-the-link/postgres",
                "surveyflow.demo.enabled=true"})
@ActiveProfiles("test")
@Import(DatabaseOutageIT.LinkedDatabase.class)
@DirtiesContext
class DatabaseOutageIT {

    private static final String UNREACHABLE = "The database is not reachable; try again shortly";

    @TestConfiguration(proxyBeanMethods = false)
    static class LinkedDatabase {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres linkedPostgres() throws IOException {
            return EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(Path.of("target/test-postgres/outage-data"),
                    Path.of("target/test-postgres/binaries"), true, 0));
        }

        @Bean(destroyMethod = "close")
        DatabaseLink databaseLink(EmbeddedPostgres linkedPostgres) throws IOException {
            return new DatabaseLink(linkedPostgres.getPort());
        }

        @Bean(destroyMethod = "close")
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(DatabaseLink link) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + link.port() + "/postgres");
            dataSource.setUsername("postgres");
            return dataSource;
        }
    }

    @Autowired
    DatabaseLink link;
    @Autowired
    Api api;
    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void pages() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(EnglishUnlessAsked.mockMvcDefaults()).build();
    }

    @AfterEach
    void mendTheLink() {
        link.mend();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.as("organizer").get("/api/me").code() == 200);
    }

    @Test
    void anApiCallWhileTheDatabaseIsUnreachableIsAnswered503WithRetryAfterAndSaysWhy() {
        link.cut();

        ApiClient.Response response = api.as("organizer").get("/api/surveys");

        assertThat(response.code()).as(response.toString()).isEqualTo(503);
        assertThat(response.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.headers().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "problem JSON");
        assertThat(response.detail()).isEqualTo(UNREACHABLE);
    }

    @Test
    void aCallWithATokenWhileTheDatabaseIsUnreachableIsAnswered503NotRefused() {
        String token = api.as("organizer").post("/api/tokens", Map.of("name", "outage")).body()
                .path("token").asText();
        link.cut();

        ApiClient.Response response = api.withToken(token).get("/api/surveys");

        assertThat(response.code()).as(response.toString()).isEqualTo(503);
        assertThat(response.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.detail()).isEqualTo(UNREACHABLE);
    }

    /** Signed in without reading the account, so the failure comes from the request's own work. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/surveys",                  // a read of the application's tables
            "GET, /api/tasks",                    // a query of the engine
            "POST, /api/surveys/1/findings/submit" // a task completion in a transaction
    })
    void aSignedInApiRequestWhileTheDatabaseIsUnreachableIsAnswered503(String method, String path) throws Exception {
        link.cut();

        mvc.perform(request(HttpMethod.valueOf(method), path).with(user("li.wei").roles("RESEARCHER")))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(UNREACHABLE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, Temporarily unavailable, " + UNREACHABLE,
            "zh-CN, 暂时无法使用, 数据库暂时无法连接，请稍后再试"
    })
    void aPageWhileTheDatabaseIsUnreachableShowsTheErrorPageInTheReadersLanguage(String language, String heading,
                                                                                 String message) throws Exception {
        link.cut();

        mvc.perform(get("/surveys/1").param("lang", language).with(user("organizer").roles("ORGANIZER")))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(containsString(heading)))
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void signingInWhileTheDatabaseIsUnreachableReturnsToTheFormWhichSaysWhy() throws Exception {
        link.cut();

        mvc.perform(post("/login").param("username", "li.wei").param("password", "demo").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?unavailable"));
        mvc.perform(get("/login").param("unavailable", "").param("lang", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("数据库暂时无法连接，请稍后再试")));
    }

    @Test
    void onceTheDatabaseIsBackTheApplicationAnswersAgainWithoutARestart() {
        link.cut();
        assertThat(api.as("organizer").get("/api/surveys").code()).isEqualTo(503);

        link.mend();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.as("organizer").get("/api/surveys").code()).isEqualTo(200));
        assertThat(api.as("li.wei").get("/api/tasks").code()).isEqualTo(200);
    }
}
