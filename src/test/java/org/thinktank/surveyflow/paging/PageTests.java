package org.thinktank.surveyflow.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTests {

    @ParameterizedTest(name = "{0} items by {1}: {2} pages")
    @CsvSource({"0, 50, 1", "1, 50, 1", "50, 50, 1", "51, 50, 2", "2255, 50, 46", "2255, 200, 12"})
    void thePagesCountTheLastPartialPageAndAnEmptyListHasOne(long total, int size, long pages) {
        assertThat(new Page<>(List.of(), 0, size, total).pages()).isEqualTo(pages);
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        Page<String> first = new Page<>(List.of("a"), 0, 1, 3);
        Page<String> last = new Page<>(List.of("c"), 2, 1, 3);

        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aPagePastTheEndHasNoNext() {
        assertThat(new Page<>(List.of(), 9, 10, 25).hasNext()).isFalse();
    }

    @Test
    void thePageBeforeOneInTheListIsTheOneBeforeIt() {
        assertThat(new Page<>(List.of("c"), 2, 1, 3).previousPage()).isEqualTo(1);
    }

    @Test
    void thePageBeforeOnePastTheEndIsTheLastPage() {
        assertThat(new Page<>(List.of(), 9, 10, 25).previousPage()).isEqualTo(2);
    }

    @Test
    void mappingKeepsThePlaceInTheList() {
        Page<Integer> lengths = Page.of(List.of("一二", "abc"), new PageRequest(2, 2), 6).map(String::length);

        assertThat(lengths).isEqualTo(new Page<>(List.of(2, 3), 2, 2, 6));
    }

    @Test
    void asJsonItHasItsItemsThePlaceAndTheTotals() throws Exception {
        String json = new ObjectMapper().writeValueAsString(Page.of(List.of("a", "b"), new PageRequest(1, 2), 5));

        assertThat(new ObjectMapper().readTree(json)).isEqualTo(new ObjectMapper().readTree("""
                {"items": ["a", "b"], "page": 1, "size": 2, "total": 5, "pages": 3}"""));
    }
}
