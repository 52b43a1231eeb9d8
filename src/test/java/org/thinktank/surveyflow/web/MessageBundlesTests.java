package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page text exists in both languages, none blank, and no Chinese text is merely the English one; the Chinese
 * texts of the lists' controls are all Chinese.
 */
class MessageBundlesTests {

    /** Words a Chinese text may share with the English one: names of formats and products, and units. */
    private static final Set<String> SAME_IN_BOTH = Set.of("PDF", "Word", "Excel", "ZIP", "JSON", "API", "ISO", "UTF",
            "MB", "KB", "GB", "PNG", "JPEG", "docx", "xlsx", "csv", "Markdown", "LibreOffice");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }

    @Test
    void theEnglishAndChineseBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyOfTheDefaultBundleHasAChineseText() throws IOException {
        Properties chinese = bundle("messages_zh_CN.properties");

        assertThat(bundle("messages.properties").stringPropertyNames())
                .allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).isNotNull());
    }

    @Test
    void noChineseTextIsTheEnglishTextButForNamesOfFormatsAndProducts() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");

        assertThat(english.stringPropertyNames()).filteredOn(key -> english.getProperty(key).equals(chinese.getProperty(key)))
                .allSatisfy(key -> assertThat(LATIN_WORD.matcher(english.getProperty(key)).results()
                        .map(MatchResult::group).filter(word -> !SAME_IN_BOTH.contains(word)).toList())
                        .as("the Chinese text of %s is the English one", key).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pager.", "notifications."})
    void theChineseTextsOfTheListsControlsHaveNoLatinLetters(String prefix) throws IOException {
        Properties chinese = bundle("messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).filteredOn(key -> key.startsWith(prefix)).isNotEmpty()
                .allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).doesNotContainPattern("[A-Za-z]"));
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties messages = bundle(name);
            assertThat(messages.stringPropertyNames()).as(name).allSatisfy(key ->
                    assertThat(messages.getProperty(key)).as(name + " " + key).isNotBlank());
        }
    }

    /** A key given twice silently keeps the last text: one part's label would replace another's. */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            Properties counting = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (!seen.add((String) key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (Reader in = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream("/" + name),
                    StandardCharsets.UTF_8)) {
                counting.load(in);
            }
            assertThat(twice).as(name).isEmpty();
        }
    }
}
