package org.thinktank.surveyflow.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of events, newest first, with how many match in all. */
public record AuditPage(List<AuditEvent> events, int page, int size, long total) {

    /** How many pages the matching events fill (at least one, which may be empty). */
    @JsonProperty
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
