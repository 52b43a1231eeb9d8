package org.thinktank.surveyflow.export.word;

import java.util.Map;
import java.util.Optional;

/**
 * The page each heading of a report starts on, by its bookmark, as a layout engine found it; the table of contents
 * is written with these numbers. Without them the contents list the headings and Word fills the numbers in.
 */
public final class TocPages {

    /** The page numbers are not known. */
    public static final TocPages UNKNOWN = new TocPages(null);

    private final Map<String, Integer> pages;

    private TocPages(Map<String, Integer> pages) {
        this.pages = pages;
    }

    public static TocPages of(Map<String, Integer> pageByBookmark) {
        return new TocPages(Map.copyOf(pageByBookmark));
    }

    public boolean known() {
        return pages != null;
    }

    Optional<Integer> pageOf(String bookmark) {
        return pages == null ? Optional.empty() : Optional.ofNullable(pages.get(bookmark));
    }
}
