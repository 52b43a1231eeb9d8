package org.thinktank.surveyflow.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;

/** The API description (/v3/api-docs) tells clients that each list takes page and size in its query. */
@IntegrationTest
class PagedListsApiDescriptionIT {

    @Autowired
    Api api;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/surveys", "/api/notifications", "/api/users", "/api/surveys/{surveyId}/findings",
            "/api/audit"})
    void everyListTakesPageAndSizeInItsQuery(String path) {
        JsonNode parameters = api.anonymous().get("/v3/api-docs").body().path("paths").path(path).path("get")
                .path("parameters");
        List<String> inQuery = new ArrayList<>();
        parameters.forEach(p -> {
            if (p.path("in").asText().equals("query")) {
                inQuery.add(p.path("name").asText());
            }
        });

        assertThat(inQuery).contains("page", "size");
    }
}
