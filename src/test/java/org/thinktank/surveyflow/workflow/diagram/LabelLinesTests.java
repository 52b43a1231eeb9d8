package org.thinktank.surveyflow.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names on the map break where their language allows: English between words, Chinese between characters. */
class LabelLinesTests {

    private static final double FOUR_CHINESE_CHARACTERS = 4 * LabelLines.FONT_SIZE;

    @Test
    void breaksChineseBetweenAnyTwoCharacters() {
        assertThat(LabelLines.wrap("处理被否决的报告", FOUR_CHINESE_CHARACTERS)).containsExactly("处理被否", "决的报告");
    }

    @Test
    void breaksEnglishBetweenWords() {
        assertThat(LabelLines.wrap("Decide on rejected report", 70)).containsExactly("Decide on", "rejected", "report");
    }

    @Test
    void keepsAWordLongerThanTheLineWhole() {
        assertThat(LabelLines.wrap("Internationalisation", 30)).containsExactly("Internationalisation");
    }
}
