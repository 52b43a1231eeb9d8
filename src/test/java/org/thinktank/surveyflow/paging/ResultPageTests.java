package org.thinktank.surveyflow.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.problem.InvalidRequestException;

class ResultPageTests {

    @Test
    void aPageRequestNamesTheParameterThatIsOutOfRange() {
        assertThatThrownBy(() -> new PageRequest(-1, 0)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("page: must be 0 or more; size: must be between 1 and 200");
        assertThatThrownBy(() -> new PageRequest(0, 201)).hasMessage("size: must be between 1 and 200");
        assertThat(new PageRequest(3, 200).offset()).isEqualTo(600);
        assertThat(new PageRequest(Integer.MAX_VALUE, 200).offset()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aPageKnowsHowManyPagesTheListFillsAndWhichAreAround() {
        ResultPage<String> middle = new ResultPage<>(List.of("c", "d"), 1, 2, 5);
        ResultPage<String> last = new ResultPage<>(List.of("e"), 2, 2, 5);

        assertThat(middle.pages()).isEqualTo(3);
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.previousPage()).isZero();
        assertThat(middle.hasNext()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void anEmptyListHasOnePageAndAPageBeyondTheEndLeadsBackToTheLast() {
        ResultPage<String> empty = ResultPage.empty(new PageRequest(0, 50));
        ResultPage<String> beyond = new ResultPage<>(List.of(), 9, 2, 5);

        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.hasPrevious()).isFalse();
        assertThat(empty.hasNext()).isFalse();
        assertThat(beyond.hasNext()).isFalse();
        assertThat(beyond.previousPage()).isEqualTo(2);
    }
}
