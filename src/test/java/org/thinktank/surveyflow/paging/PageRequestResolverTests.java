package org.thinktank.surveyflow.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.thinktank.surveyflow.problem.InvalidRequestException;

class PageRequestResolverTests {

    private static PageRequest resolve(String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        return new PageRequestResolver().resolveArgument(null, null, new ServletWebRequest(request), null);
    }

    @Test
    void withoutParametersItIsTheFirstPageOfFifty() {
        assertThat(resolve()).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void blankParametersAreTheDefaults() {
        assertThat(resolve("page", "", "size", " ")).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void thePageAndTheSizeAreRead() {
        assertThat(resolve("page", "3", "size", " 20 ")).isEqualTo(new PageRequest(3, 20));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "size | abc         | Page size: must be a whole number, not 'abc'",
            "size | 2.5         | Page size: must be a whole number, not '2.5'",
            "page | x           | Page: must be a whole number, not 'x'",
            "page | 99999999999 | Page: '99999999999' is out of range",
            "size | 0           | Page size: must be between 1 and 200",
            "size | -5          | Page size: must be between 1 and 200",
            "size | 201         | Page size: must be between 1 and 200",
            "page | -1          | Page: must be 0 or more"})
    void aValueThatIsNotAPageOrASizeIsRefusedNamingTheParameter(String name, String value, String error) {
        assertThatThrownBy(() -> resolve(name, value)).isInstanceOf(InvalidRequestException.class).hasMessage(error);
    }
}
