package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;

/** Over real HTTP: sign in on the form, then an address that does not exist shows the error page in the layout. */
@IntegrationTest
class ErrorPageIT {

    private final TestRestTemplate http;
    @Autowired
    Api api;

    @Autowired
    ErrorPageIT(TestRestTemplate http) {
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    private String signIn(String username) {
        ResponseEntity<String> form = http.getForEntity("/login", String.class);
        String session = cookie(form.getHeaders().get(HttpHeaders.SET_COOKIE));
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getBody());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, session);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("username", username);
        fields.add("password", "demo");
        fields.add("_csrf", token.group(1));
        ResponseEntity<String> signedIn = http.postForEntity("/login", new HttpEntity<>(fields, headers), String.class);
        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return cookie(signedIn.getHeaders().get(HttpHeaders.SET_COOKIE));
    }

    private static String cookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];
    }

    @Test
    void anUnknownAddressShowsTheErrorPageWithTheWayBack() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, signIn("li.wei"));
        headers.setAccept(List.of(MediaType.TEXT_HTML));

        ResponseEntity<String> page = http.exchange("/no/such/page", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("Back to my tasks", "id=\"signed-in-as\"");
    }

    @Test
    void anUnknownApiAddressStillAnswersProblemJson() {
        ApiClient.Response response = api.as("li.wei").get("/api/no/such/thing");

        assertThat(response.code()).isEqualTo(404);
        assertThat(response.detail()).contains("no/such/thing");
    }
}
