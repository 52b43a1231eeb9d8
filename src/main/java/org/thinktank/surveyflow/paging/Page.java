package org.thinktank.surveyflow.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a list, and how many items match in all. As JSON:
 * {@code {"items": [...], "page": 0, "size": 50, "total": 2255, "pages": 46}}.
 *
 * @param items the items of this page, in the list's order; empty past the last page
 * @param total how many items the whole list holds, whichever page this is
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The page of a list that holds nothing. */
    public static <T> Page<T> empty(PageRequest request) {
        return of(List.of(), request, 0);
    }

    /** How many pages the list fills: at least one, which may be empty. */
    @JsonProperty
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** The page before this one; for a page past the end, the last page. */
    public int previousPage() {
        return (int) Math.min(page - 1L, pages() - 1);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** The same page with each item turned into another. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
