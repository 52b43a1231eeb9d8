package org.thinktank.surveyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            demo                      | must have at least 10 characters
            admin                     | must have at least 10 characters
            password                  | must have at least 10 characters
            Sh0rt-9!x                 | must have at least 10 characters
            aaaaaaaaaaaa              | must use at least 5 different characters
            abababababab              | must use at least 5 different characters
            1234567890                | most common passwords
            qwertyuiop                | most common passwords
            1q2w3e4r5t                | most common passwords
            Password2024!             | most common passwords
            P@ssw0rd12345             | most common passwords
            !!Welcome123456           | most common passwords
            surveyflow2026            | most common passwords
            ThinkTank!!!!             | most common passwords
            demo1234567               | most common passwords
            changeme12345             | most common passwords
            iloveyouiloveyou          | most common passwords
            """)
    void refusesAWeakPasswordSayingWhy(String password, String reason) {
        assertThat(policy.problems("someone", password)).anySatisfy(problem -> assertThat(problem).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"li.wei-is-here-7", "LI.WEI.rocks.99"})
    void refusesAPasswordContainingTheUsername(String password) {
        assertThat(policy.problems("li.wei", password)).contains("must not contain the username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Tz8#kq2!vLm9", "调研报告需要更多的数据支撑", "9f8e7d6c5b4a-hey",
            "long-enough-1"})
    void acceptsAPasswordThatIsLongAndUncommon(String password) {
        assertThat(policy.problems("li.wei", password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAnEmptyPassword(String password) {
        assertThat(policy.problems("li.wei", password)).containsExactly("must not be empty");
    }
}
