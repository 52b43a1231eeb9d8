package org.thinktank.surveyflow.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTests {

    private static final Parser COMMONMARK = Parser.builder().extensions(java.util.List.of(TablesExtension.create()))
            .build();
    private static final HtmlRenderer COMMONMARK_HTML = HtmlRenderer.builder()
            .extensions(java.util.List.of(TablesExtension.create())).escapeHtml(true).sanitizeUrls(true).build();

    private static String html(String markdown) {
        return Markdown.toHtml(markdown).strip();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            **基线说明：**1950                 | <p><strong>基线说明：</strong>1950</p>
            **「引号」**之后                   | <p><strong>「引号」</strong>之后</p>
            这是**「引号」**                   | <p>这是<strong>「引号」</strong></p>
            中文**加粗**中文                   | <p>中文<strong>加粗</strong>中文</p>
            *强调。*后文                       | <p><em>强调。</em>后文</p>
            **注意**：                         | <p><strong>注意</strong>：</p>
            **“引号”**之后                     | <p><strong>“引号”</strong>之后</p>
            占比**5%**的企业                   | <p>占比<strong>5%</strong>的企业</p>
            （**注**）                         | <p>（<strong>注</strong>）</p>
            **说明：**甲，**备注：**乙         | <p><strong>说明：</strong>甲，<strong>备注：</strong>乙</p>
            """)
    void emphasisWorksAsChineseIsWritten(String markdown, String expected) {
        assertThat(html(markdown)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"foo**bar**", "*foo*bar", "2*3*4", "a * b", "**foo.**bar", "foo**\"bar\"**baz",
            "_foo_bar", "snake_case_name", "**a** *b* ***c***", "* item\n* item", "***", "\\*not\\* emphasis",
            "x**(a)**y", "[link **text**](https://example.org/a*b*c)", "<https://example.org/**x**>"})
    void englishAndOrdinaryCommonMarkReadAsCommonMarkReadsThem(String markdown) {
        assertThat(Markdown.toHtml(markdown)).isEqualTo(COMMONMARK_HTML.render(COMMONMARK.parse(markdown)));
    }

    @Test
    void aCodeSpanKeepsItsAsterisks() {
        assertThat(html("见 `**基线说明：**1950`")).isEqualTo("<p>见 <code>**基线说明：**1950</code></p>");
    }

    @Test
    void aFencedCodeBlockKeepsItsAsterisks() {
        assertThat(html("```\n**基线说明：**1950\n```")).isEqualTo("<pre><code>**基线说明：**1950\n</code></pre>");
    }

    @Test
    void anIndentedCodeBlockKeepsItsAsterisks() {
        assertThat(html("    **基线说明：**1950")).isEqualTo("<pre><code>**基线说明：**1950\n</code></pre>");
    }

    @Test
    void aCodeSpanInATableCellKeepsItsAsterisks() {
        assertThat(html("| 代码 |\n|---|\n| `**说明：**1` |")).contains("<td><code>**说明：**1</code></td>");
    }

    @Test
    void aLinkAddressIsLeftAsWritten() {
        assertThat(html("[说明](https://example.org/说明：**1950)"))
                .isEqualTo("<p><a rel=\"nofollow\" href=\"https://example.org/说明：**1950\">说明</a></p>");
    }

    @Test
    void noWordJoinerIsLeftInTheText() {
        String corpus = """
                # **「标题」**之后

                **基线说明：**1950，**“引号”**之后，这是**「引号」**，*强调。*后文，落单的**：**号

                | 指标 | **说明：**值 |
                |---|---|
                | **人口：**1 | 2 |
                """;
        assertThat(Markdown.toHtml(corpus)).doesNotContain(String.valueOf(CjkEmphasis.WORD_JOINER))
                .contains("<strong>说明：</strong>值", "<strong>人口：</strong>1", "<strong>「标题」</strong>之后");
    }

    @Test
    void aGfmTableIsATable() {
        assertThat(html("| 城市 | 企业 |\n|---|--:|\n| 哈尔滨 | 48 |")).startsWith("<table>")
                .contains("<th>城市</th>", "<td align=\"right\">48</td>");
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(html("<script>alert(1)</script>\n\n文字<b>粗</b>"))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>文字&lt;b&gt;粗&lt;/b&gt;</p>");
    }
}
