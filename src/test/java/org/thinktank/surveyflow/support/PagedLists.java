package org.thinktank.surveyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.thinktank.surveyflow.support.ApiClient.Response;

/** Reads a paged list of the API ({@code {items, page, size, total, pages}}) the way a client would. */
public final class PagedLists {

    private PagedLists() {
    }

    /** One page of a list, checked to be a 200 with the list's shape; {@code path} may have a query already. */
    public static JsonNode page(ApiClient client, String path, int page, int size) {
        Response response = client.get(path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size);
        assertThat(response.code()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.path("items").isArray()).as(response.toString()).isTrue();
        assertThat(body.path("page").asInt()).isEqualTo(page);
        assertThat(body.path("size").asInt()).isEqualTo(size);
        return body;
    }

    /** Every item of the list, page after page until the last, each page agreeing on the total. */
    public static List<JsonNode> walk(ApiClient client, String path, int size) {
        JsonNode first = page(client, path, 0, size);
        long total = first.path("total").asLong();
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < first.path("pages").asInt(); page++) {
            JsonNode body = page == 0 ? first : page(client, path, page, size);
            assertThat(body.path("total").asLong()).as("the total on page %d", page).isEqualTo(total);
            body.path("items").forEach(items::add);
        }
        assertThat(items).hasSize((int) total);
        return items;
    }

    /** A copy of the list in the opposite order: what was added oldest first, newest first. */
    public static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /** The ids of the items, in their order. */
    public static List<Long> ids(Iterable<JsonNode> items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
