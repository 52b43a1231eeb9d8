package org.thinktank.surveyflow.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLinesTests {

    @Test
    void aShortTextTakesOneLine() {
        assertThat(TextLines.of("上云比例", 10)).isEqualTo(1);
    }

    @Test
    void chineseCharactersAreWiderThanLatinOnes() {
        assertThat(TextLines.of("a".repeat(20), 10)).isEqualTo(2);
        assertThat(TextLines.of("字".repeat(20), 10)).isEqualTo(4);
    }

    @Test
    void lineBreaksStartNewLines() {
        assertThat(TextLines.of("一\n二\n三", 10)).isEqualTo(3);
    }

    @Test
    void aVeryLongTextStopsAtTheTallestRow() {
        assertThat(TextLines.of("字".repeat(10_000), 10)).isEqualTo(TextLines.MOST);
    }
}
