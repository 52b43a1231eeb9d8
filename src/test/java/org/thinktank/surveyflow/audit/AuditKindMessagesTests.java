package org.thinktank.surveyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of change has a name on the page in both languages, and the Chinese one is all Chinese. */
class AuditKindMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(AuditKindMessagesTests.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AuditKind.class)
    void everyKindIsNamedInEnglishAndInChinese(AuditKind kind) throws IOException {
        String key = "audit.kind." + kind.name();

        assertThat(bundle("messages.properties").getProperty(key)).as(key).isNotBlank().doesNotContain("_");
        assertThat(bundle("messages_zh_CN.properties").getProperty(key)).as(key).isNotBlank()
                .doesNotContainPattern("[A-Za-z_]");
    }
}
