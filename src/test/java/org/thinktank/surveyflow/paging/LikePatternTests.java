package org.thinktank.surveyflow.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikePatternTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "黑土地      | %黑土地%",
            "100%       | %100\\%%",
            "a_b        | %a\\_b%",
            "C:\\dir    | %C:\\\\dir%"})
    void theTextIsFoundAnywhereAndItsWildcardsAreMatchedAsThemselves(String text, String pattern) {
        assertThat(LikePattern.containing(text)).isEqualTo(pattern);
    }
}
