package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The Chinese and the English bundles have the same keys, so no page shows a key or the other language. */
class MessageBundlesTests {

    private static Set<String> keysOf(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }

    @Test
    void bothLanguagesHaveEveryKey() throws IOException {
        assertThat(keysOf("messages_zh_CN.properties")).containsExactlyInAnyOrderElementsOf(keysOf("messages.properties"));
    }
}
