package org.thinktank.surveyflow.support;

import java.util.Locale;

import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.client.RestTemplate;

/**
 * A request that names no language is answered in Chinese; the tests that read English say so. Every
 * {@code TestRestTemplate} of the shared context (and so {@link ApiClient} and {@link FormSignIn}) and every MockMvc of
 * {@link Pages} asks for English unless the test names a language itself (a header, {@code ?lang=} or the cookie).
 */
@Component
public class EnglishUnlessAsked implements RestTemplateCustomizer {

    public static final String LANGUAGE = Locale.ENGLISH.toLanguageTag();

    @Override
    public void customize(RestTemplate restTemplate) {
        restTemplate.getInterceptors().add((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.ACCEPT_LANGUAGE)) {
                request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, LANGUAGE);
            }
            return execution.execute(request, body);
        });
    }

    /** The request every MockMvc of the tests starts from; a test's own Accept-Language replaces it. */
    public static MockHttpServletRequestBuilder mockMvcDefaults() {
        return MockMvcRequestBuilders.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, LANGUAGE);
    }
}
