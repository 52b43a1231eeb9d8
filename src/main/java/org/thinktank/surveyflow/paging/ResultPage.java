package org.thinktank.surveyflow.paging;

import java.util.List;

/** One page of a list, and how many items the whole list has. A page beyond the end has no items. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public static <T> ResultPage<T> of(List<T> items, PageRequest request, long total) {
        return new ResultPage<>(items, request.page(), request.size(), total);
    }

    public static <T> ResultPage<T> empty(PageRequest request) {
        return of(List.of(), request, 0);
    }

    /** How many pages the list fills: at least one, which may be empty. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** The page before this one; for a page beyond the end, the last page. */
    public int previousPage() {
        return (int) Math.min(page - 1, pages() - 1);
    }
}
