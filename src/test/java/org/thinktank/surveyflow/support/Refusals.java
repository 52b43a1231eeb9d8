package org.thinktank.surveyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.support.ApiClient.Response;

/** Checks a refusal: its status, that its problem detail says what was wrong, and that nothing was written. */
@Component
public class Refusals {

    private final JdbcClient jdbc;

    public Refusals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Response expect(int status, String detail, Supplier<Response> request) {
        DatabaseSnapshot rowsBefore = DatabaseSnapshot.of(jdbc);
        String contentBefore = DatabaseSnapshot.contentOf(jdbc);

        Response response = request.get();

        assertThat(response.code()).as(response.toString()).isEqualTo(status);
        assertThat(response.headers().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "problem JSON");
        assertThat(response.detail()).contains(detail);
        assertThat(DatabaseSnapshot.of(jdbc)).as("row counts after the refusal").isEqualTo(rowsBefore);
        assertThat(DatabaseSnapshot.contentOf(jdbc)).as("content after the refusal").isEqualTo(contentBefore);
        return response;
    }
}
