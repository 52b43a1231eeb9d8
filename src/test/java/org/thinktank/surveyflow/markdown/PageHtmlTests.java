package org.thinktank.surveyflow.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

class PageHtmlTests {

    /** Attacks as an author could type them into a report section or a finding. */
    static final List<String> XSS_CORPUS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](vbscript:msgbox(1))",
            "![x](javascript:alert(1))",
            "![x\" onerror=\"alert(1)](https://example.org/a.png)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p onclick=alert(1)>x</p>",
            "**bold<script>alert(1)</script>**",
            "<a href=\"https://example.org\" onmouseover=\"alert(1)\">x</a>",
            "```\n</code></pre><script>alert(1)</script>\n```",
            "| a | b |\n| --- | --- |\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
            "<object data=\"x\"></object><embed src=\"x\"><form action=\"x\"><input></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<style>body{display:none}</style>",
            "<!-- --><script>alert(1)</script>",
            "<<script>script>alert(1)<</script>/script>",
            "[x](https://example.org\"onmouseover=\"alert(1))");

    @ParameterizedTest
    @FieldSource("XSS_CORPUS")
    void noAttackInTheCorpusSurvivesAsMarkup(String attack) {
        String html = PageHtml.of(attack).toLowerCase(Locale.ROOT);

        assertThat(html).doesNotContain("<script", "<img", "<svg", "<iframe", "<object", "<embed", "<form", "<input",
                "<meta", "<style", "style=");
        assertThat(html).doesNotContainPattern("<[^>]*\\son\\w+\\s*=")
                .doesNotContainPattern("=\\s*[\"']?\\s*(javascript|vbscript|data):");
    }

    @Test
    void markdownBecomesAReadableDocument() {
        String html = HtmlUtils.htmlUnescape(PageHtml.of("## 发现\n\n**基线说明：**1950 年，*两个*城市\n\n- 一\n- 二\n\n1. 甲\n2. 乙"));

        assertThat(html).contains("<h2>发现</h2>", "<strong>基线说明：</strong>1950 年", "<em>两个</em>",
                "<ul><li>一</li><li>二</li></ul>", "<ol><li>甲</li><li>乙</li></ol>").doesNotContain("**");
    }

    @Test
    void gfmTablesBecomeTables() {
        String html = PageHtml.of("| 城市 | 企业 |\n| --- | ---: |\n| 哈尔滨 | 212 |");

        assertThat(html).contains("<table>", "<th>城市</th>", "<td align=\"right\">212</td>").doesNotContain("|");
    }

    @Test
    void linksKeepTheirAddressAndOpenWithoutAReferrer() {
        assertThat(PageHtml.of("[统计公报](https://example.org/report)"))
                .contains("href=\"https://example.org/report\"").containsPattern("rel=\"[^\"]*nofollow")
                .containsPattern("rel=\"[^\"]*noopener").containsPattern("rel=\"[^\"]*noreferrer")
                .contains(">统计公报</a>");
    }

    @Test
    void anImageIsShownAsItsDescription() {
        assertThat(PageHtml.of("![园区一角](attachment:7)")).contains("[园区一角]").doesNotContain("<img");
    }

    @Test
    void nothingComesOfNoText() {
        assertThat(PageHtml.of(null)).isEmpty();
        assertThat(PageHtml.of("  ")).isEmpty();
    }
}
