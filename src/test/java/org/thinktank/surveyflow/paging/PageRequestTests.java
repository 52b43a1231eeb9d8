package org.thinktank.surveyflow.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thinktank.surveyflow.problem.InvalidRequestException;

class PageRequestTests {

    @ParameterizedTest(name = "size {0}")
    @ValueSource(ints = {0, -1, 201, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aSizeOutsideOneTo200IsRefusedNamingTheSize(int size) {
        assertThatThrownBy(() -> new PageRequest(0, size)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("Page size: must be between 1 and 200");
    }

    @ParameterizedTest(name = "page {0}")
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void aNegativePageIsRefusedNamingThePage(int page) {
        assertThatThrownBy(() -> new PageRequest(page, 50)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("Page: must be 0 or more");
    }

    @Test
    void aBadPageAndABadSizeAreRefusedTogether() {
        assertThatThrownBy(() -> new PageRequest(-1, 0)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).containsExactly("Page: must be 0 or more", "Page size: must be between 1 and 200"));
    }

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"0, 1", "0, 200", "7, 50"})
    void theBoundsThemselvesAreAccepted(int page, int size) {
        assertThat(new PageRequest(page, size)).extracting(PageRequest::page, PageRequest::size).containsExactly(page, size);
    }

    @Test
    void theOffsetSkipsThePagesBefore() {
        assertThat(new PageRequest(3, 50).offset()).isEqualTo(150);
    }

    @Test
    void theOffsetOfTheLastPossiblePageDoesNotOverflow() {
        assertThat(new PageRequest(Integer.MAX_VALUE, 200).offset()).isEqualTo(429_496_729_400L);
    }

    @Test
    void theFirstPageHasTheDefaultSize() {
        assertThat(PageRequest.first()).isEqualTo(new PageRequest(0, 50));
    }
}
