package org.thinktank.surveyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * The same thing sent twice at the same moment (a double click, a client's retry) is stored once; the other request
 * is refused with 409 and says why. Never a 500. Each case sends the requests from their own threads, released
 * together, over real HTTP.
 */
@IntegrationTest
class ConcurrentRequestsIT {

    private static final Map<String, Object> REVIEW = Map.of("relevance", 4, "evidence", 4, "feasibility", 3,
            "clarity", 5, "recommendation", "MINOR_REVISION", "commentsForAuthors", "请补充对比数据",
            "confidentialComments", "for organizers only");

    @Autowired
    Api api;
    @Autowired
    Surveys surveys;
    @Autowired
    ReviewDesk reviews;
    @Autowired
    JdbcClient jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Sends both requests at once: each thread waits at the gate until both are ready. */
    private List<Response> atTheSameMoment(Supplier<Response> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> sent = IntStream.range(0, 2).mapToObj(i -> threads.submit(() -> {
            ready.countDown();
            go.await();
            return request.get();
        })).toList();
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Response> responses = new java.util.ArrayList<>();
        for (Future<Response> response : sent) {
            responses.add(response.get(60, TimeUnit.SECONDS));
        }
        return responses;
    }

    private static void assertOneStoredOneRefused(List<Response> responses, int stored, String refusal) {
        assertThat(responses).extracting(Response::code).as(responses.toString()).containsExactlyInAnyOrder(stored, 409);
        Response refused = responses.stream().filter(response -> response.code() == 409).findFirst().orElseThrow();
        assertThat(refused.detail()).contains(refusal);
    }

    @Test
    void twoIdenticalReviewsByTheSameReviewerAtTheSameMomentStoreOneAndRefuseTheOther() throws Exception {
        Survey survey = surveys.inReview();

        List<Response> responses = atTheSameMoment(
                () -> api.as(Surveys.REVIEWER_1.username()).post("/api/surveys/" + survey.id() + "/reviews", REVIEW));

        assertOneStoredOneRefused(responses, 204, "already");
        assertThat(reviews.allOfUnchecked(survey.id()))
                .filteredOn(review -> review.reviewer().equals(Surveys.REVIEWER_1.username())).hasSize(1);
    }

    @Test
    void twoMeetingsWithTheSameCodeAtTheSameMomentStoreOneAndRefuseTheOther() throws Exception {
        String code = "RACE" + System.nanoTime() % 1_000_000;

        List<Response> responses = atTheSameMoment(() -> api.as("organizer").post("/api/meetings",
                Map.of("code", code, "name", "并发会议 Concurrent meeting")));

        assertOneStoredOneRefused(responses, 201, code);
        assertThat(jdbc.sql("select count(*) from meeting where code = ?").param(code).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void twoAccountsWithTheSameUsernameAtTheSameMomentStoreOneAndRefuseTheOther() throws Exception {
        String username = "race." + System.nanoTime() % 1_000_000;

        List<Response> responses = atTheSameMoment(() -> api.as("admin").post("/api/users", Map.of("username", username,
                "displayName", "Race Condition", "role", "RESEARCHER", "password", "long enough password")));

        assertOneStoredOneRefused(responses, 201, username);
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class)
                .single()).isEqualTo(1);
    }
}
