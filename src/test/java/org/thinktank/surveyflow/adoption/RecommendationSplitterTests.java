package org.thinktank.surveyflow.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecommendationSplitterTests {

    @Test
    void theItemsOfTheTopLevelListAreTheRecommendationsInPlainText() {
        String section = """
                ## 政策建议

                引言段落不算一条建议。

                1. **加快**建设区域创新中心
                2. 完善[人才政策](https://example.org/policy)
                   - 放宽落户条件

                3) 设立专项基金
                """;

        assertThat(RecommendationSplitter.split(section)).containsExactly("加快建设区域创新中心",
                "完善人才政策 (https://example.org/policy) 放宽落户条件", "设立专项基金");
    }

    @Test
    void anUnorderedListCountsAsWellAsAnOrderedOne() {
        assertThat(RecommendationSplitter.split("- 第一条 first\n- 第二条 *second*\n"))
                .containsExactly("第一条 first", "第二条 second");
    }

    @Test
    void withoutAListEachParagraphIsARecommendationAndHeadingsAreNot() {
        String section = "# 建议\n\n建议一：*推动*产学研合作。\n\n## 其次\n\n建议二：加强\n数据共享。\n";

        assertThat(RecommendationSplitter.split(section)).containsExactly("建议一：推动产学研合作。", "建议二：加强数据共享。");
    }

    @Test
    void aBlankSectionHasNoRecommendations() {
        assertThat(RecommendationSplitter.split("  \n")).isEmpty();
    }
}
