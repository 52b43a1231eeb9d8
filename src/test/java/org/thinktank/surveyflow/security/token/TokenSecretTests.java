package org.thinktank.surveyflow.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSecretTests {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aSecretIsThePrefixAndFortyThreeLettersAndDigits() {
        assertThat(TokenSecret.generate(random).value()).matches("ttsw_[0-9A-Za-z]{43}");
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(TokenSecret.generate(random).value());
        }
        assertThat(secrets).hasSize(1000);
    }

    @Test
    void aSecretOfAllZeroBitsStillHasItsFullLength() {
        SecureRandom zeros = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        };
        assertThat(TokenSecret.generate(zeros).value()).isEqualTo("ttsw_" + "0".repeat(43));
    }

    @Test
    void aSecretOfAllOneBitsFitsInFortyThreeDigits() {
        SecureRandom ones = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0xFF);
            }
        };
        assertThat(TokenSecret.generate(ones).value()).matches("ttsw_[1-9A-Za-z][0-9A-Za-z]{42}");
    }

    @Test
    void aGeneratedSecretIsReadBack() {
        TokenSecret secret = TokenSecret.generate(random);

        assertThat(TokenSecret.parse(secret.value())).contains(secret);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ttsw_", "ttsw_abc", "TTSW_0123456789012345678901234567890123456789012",
            "ttsw-0123456789012345678901234567890123456789012", "ttsw_012345678901234567890123456789012345678901",
            "ttsw_01234567890123456789012345678901234567890123", "ttsw_0123456789012345678901234567890123456789-12",
            " ttsw_0123456789012345678901234567890123456789012"})
    void textOfAnyOtherFormIsNoSecret(String text) {
        assertThat(TokenSecret.parse(text)).isEmpty();
    }

    @Test
    void theHashIsTheSha256OfTheWholeSecret() throws Exception {
        TokenSecret secret = TokenSecret.generate(random);

        assertThat(secret.hash()).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest(secret.value().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void printingASecretNeverShowsIt() {
        TokenSecret secret = TokenSecret.generate(random);

        assertThat(secret.toString()).isEqualTo("ttsw_…").doesNotContain(secret.value().substring(5));
    }
}
