package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.thinktank.surveyflow.support.FormSignIn;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * Over real HTTP: the security headers of pages and API answers, the session cookie's attributes, and redirects that
 * never repeat the host a request names.
 */
@IntegrationTest
class SecurityHeadersIT {

    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @LocalServerPort
    int port;
    @Autowired
    Surveys surveys;

    private final TestRestTemplate http;
    private final FormSignIn form;

    @Autowired
    SecurityHeadersIT(TestRestTemplate http) {
        this.http = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        this.form = new FormSignIn(http);
    }

    private ResponseEntity<String> get(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private HttpHeaders signedIn(String username) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, FormSignIn.sessionCookie(form.post(username, "demo").getHeaders()));
        return headers;
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.getFirst("Permissions-Policy"))
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void theSignInPageAllowsOnlyItsOwnScriptsAndStylesAndIsNeverFramed() {
        HttpHeaders headers = http.getForEntity("/login", String.class).getHeaders();

        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(PAGE_POLICY);
        assertCommonHeaders(headers);
    }

    @Test
    void aSignedInPageHasTheSameHeaders() {
        ResponseEntity<String> page = get("/", signedIn("li.wei"));

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(PAGE_POLICY);
        assertCommonHeaders(page.getHeaders());
    }

    @Test
    void anApiAnswerMayLoadAndRunNothing() {
        HttpHeaders basic = new HttpHeaders();
        basic.setBasicAuth("li.wei", "demo");
        ResponseEntity<String> answer = get("/api/me", basic);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(API_POLICY);
        assertCommonHeaders(answer.getHeaders());
    }

    @Test
    void aRefusedApiCallHasTheSameHeaders() {
        ResponseEntity<String> answer = http.getForEntity("/api/me", String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(API_POLICY);
        assertCommonHeaders(answer.getHeaders());
    }

    @Test
    void theProcessMapOpenedAloneMayLoadOnlyTheApplicationsStylesheets() {
        long surveyId = surveys.launch().id();
        ResponseEntity<String> map = get("/surveys/" + surveyId + "/diagram.svg", signedIn("li.wei"));

        assertThat(map.getStatusCode().value()).isEqualTo(200);
        assertThat(map.getHeaders().getFirst("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; style-src 'self'; frame-ancestors 'none'");
    }

    @Test
    void camundasWebappsKeepTheirOwnContentSecurityPolicy() {
        HttpHeaders basic = new HttpHeaders();
        basic.setBasicAuth("admin", "demo");
        ResponseEntity<String> cockpit = get("/camunda/app/cockpit/default/", basic);

        // Not 200 in every run: a test class with an application context of its own replaces the engine Cockpit
        // finds in the JVM-wide registries, and Cockpit then fails to find this context's engine. Production runs one
        // context. What this test is about is who writes the policy, which holds whatever Cockpit answers.
        assertThat(cockpit.getStatusCode().value()).as(cockpit.getHeaders().toString()).isNotIn(401, 403);
        assertThat(cockpit.getHeaders().get("Content-Security-Policy")).hasSize(1)
                .allSatisfy(policy -> assertThat(policy).isNotEqualTo(PAGE_POLICY).isNotEqualTo(API_POLICY));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String cookie = sessionSetCookie(new HttpHeaders());

        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        HttpHeaders proxied = new HttpHeaders();
        proxied.add("X-Forwarded-Proto", "https");
        proxied.add("X-Forwarded-For", "203.0.113.9");

        ResponseEntity<String> page = get("/login", proxied);

        assertThat(sessionSetCookie(proxied)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
    }

    private String sessionSetCookie(HttpHeaders headers) {
        List<String> cookies = get("/login", headers).getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    @Test
    void aRedirectToTheSignInFormNeverNamesTheHostTheRequestGave() throws IOException {
        String head = rawHead("GET /surveys/1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(head).startsWith("HTTP/1.1 302");
        assertThat(location(head)).isEqualTo("/login");
    }

    @Test
    void aRedirectNeverNamesTheHostAForwardedHostHeaderGave() throws IOException {
        String head = rawHead("GET /surveys/1 HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");

        assertThat(location(head)).isEqualTo("/login");
    }

    @Test
    void afterSigningInTheBrowserReturnsToThePageItAskedForByPathOnly() throws IOException {
        String asked = rawHead("GET /notifications HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        String session = setCookie(asked).split(";")[0];
        String formPage = rawResponse("GET /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + session
                + "\r\nConnection: close\r\n\r\n");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(formPage);
        assertThat(token.find()).isTrue();
        String body = "username=li.wei&password=demo&_csrf=" + token.group(1);

        String signedIn = rawHead("POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + session
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(signedIn).startsWith("HTTP/1.1 302");
        assertThat(location(signedIn)).startsWith("/notifications").doesNotContain("evil.example");
    }

    /** The status line and headers of an answer to a request written byte for byte, Host header included. */
    private String rawHead(String request) throws IOException {
        String response = rawResponse(request);
        return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
    }

    private String rawResponse(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String location(String head) {
        return header(head, "Location");
    }

    private static String setCookie(String head) {
        return header(head, "Set-Cookie");
    }

    private static String header(String head, String name) {
        return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in\n" + head));
    }
}
