package org.thinktank.surveyflow.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputTextTests {

    /** Why trimming cannot be left to String.strip and @NotBlank: Java's idea of whitespace misses these. */
    @Test
    void javaCountsTheIdeographicSpaceAsWhitespaceButNotTheNoBreakOrZeroWidthSpaces() {
        assertThat("\u3000".isBlank()).isTrue();
        assertThat("\u00A0".isBlank()).isFalse();
        assertThat("\u200B".isBlank()).isFalse();
        assertThat("\uFEFF".isBlank()).isFalse();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0020", "3000", "00A0", "2007", "202F", "200B", "200C", "200D", "2060", "FEFF", "0009",
            "000A", "2028"})
    void aLineLosesEveryKindOfSpaceAndInvisibleCharacterAtItsEdges(String hex) {
        String space = Character.toString(Integer.parseInt(hex, 16));

        assertThat(InputText.line(space + space + "中 文" + space)).isEqualTo("中 文");
        assertThat(InputText.line(space)).isEmpty();
    }

    @Test
    void aLineKeepsWhatIsInsideAndNullStaysNull() {
        assertThat(InputText.line("a\u3000\u200Bb")).isEqualTo("a\u3000\u200Bb");
        assertThat(InputText.line("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
        assertThat(InputText.line(null)).isNull();
    }

    @Test
    void noTextMayHoldNulOrALoneSurrogate() {
        assertThat(InputText.problemOf("a\u0000b")).contains(InputText.NUL);
        assertThat(InputText.problemOf("a\uD800b")).contains(InputText.LONE_SURROGATE);
        assertThat(InputText.problemOf("a\uDC00")).contains(InputText.LONE_SURROGATE);
        assertThat(InputText.problemOf("\uD800")).contains(InputText.LONE_SURROGATE);
        assertThat(InputText.problemOf("表情 \uD83D\uDE00\ttab\nline")).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0001", "0009", "000A", "000D", "001F", "007F", "0085", "009F"})
    void aSingleLineMayNotHoldControlCharacters(String hex) {
        assertThat(InputText.problemOfLine("a" + Character.toString(Integer.parseInt(hex, 16)) + "b"))
                .contains(InputText.CONTROL);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069"})
    void aSingleLineMayNotHoldTextDirectionControls(String hex) {
        assertThat(InputText.problemOfLine("abc" + Character.toString(Integer.parseInt(hex, 16)) + "fdp.exe"))
                .contains(InputText.DIRECTION);
    }

    @Test
    void aSingleLineMayHoldAnyOtherText() {
        assertThat(InputText.problemOfLine("黑龙江省数字经济 — Ärger «ok» ①")).isEmpty();
    }

    @Test
    void aDateIsAnIsoDateWithAFourDigitYear() {
        assertThat(InputText.isoDate(" 2026-12-01 ")).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T10:00:00", "2026-12-01Z", "+999999999-12-31", "-0001-01-01", "12026-01-01",
            "2026-02-30", "2026-1-1", "01.12.2026", ""})
    void anythingElseIsNoDate(String text) {
        assertThatThrownBy(() -> InputText.isoDate(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aQuotedValueIsShortened() {
        assertThat(InputText.quote("x".repeat(100))).isEqualTo("'" + "x".repeat(40) + "…'");
        assertThat(InputText.quote("很多")).isEqualTo("'很多'");
    }
}
