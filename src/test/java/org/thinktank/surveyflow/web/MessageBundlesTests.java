package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page text exists in both languages, none blank; the Chinese texts of the lists' controls are all Chinese. */
class MessageBundlesTests {

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
}
