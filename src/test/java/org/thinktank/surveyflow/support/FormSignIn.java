package org.thinktank.surveyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The sign-in form over real HTTP, as a browser uses it: the form page first, for its session cookie and CSRF token,
 * then the post. Redirects are not followed, so that their {@code Location} can be checked.
 */
public final class FormSignIn {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestRestTemplate http;

    public FormSignIn(TestRestTemplate http) {
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /** Posts the form with that username and password; the answer is a redirect to where the browser goes next. */
    public ResponseEntity<String> post(String username, String password) {
        ResponseEntity<String> form = http.getForEntity("/login", String.class);
        Matcher token = CSRF_TOKEN.matcher(form.getBody());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, sessionCookie(form.getHeaders()));
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("username", username);
        fields.add("password", password);
        fields.add("_csrf", token.group(1));
        return http.postForEntity("/login", new HttpEntity<>(fields, headers), String.class);
    }

    /** Where the browser is sent after posting the form. */
    public String redirectAfter(String username, String password) {
        ResponseEntity<String> answer = post(username, password);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(302);
        return answer.getHeaders().getLocation().toString();
    }

    /** The page at that address, as an anonymous browser sees it. */
    public ResponseEntity<String> page(String path) {
        return http.getForEntity(path, String.class);
    }

    /** {@code JSESSIONID=...} from a response that sets the session cookie. */
    public static String sessionCookie(HttpHeaders headers) {
        List<String> cookies = headers.getOrEmpty(HttpHeaders.SET_COOKIE);
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies)).split(";")[0];
    }
}
