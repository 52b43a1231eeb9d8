package org.thinktank.surveyflow.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark's HTTP client on loopback. A {@link Caller} speaks for one person: with a personal access token
 * ({@code Authorization: Bearer}) when the application offers them, else with HTTP Basic on every call; a
 * {@link Browser} signs in on the form and keeps its session cookie, as a person's browser does.
 */
final class Http implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final ObjectMapper json;
    private final Latencies latencies;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient client;

    Http(String base, ObjectMapper json, Latencies latencies) {
        this.base = base;
        this.json = json;
        this.latencies = latencies;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Tokens made once per person and kept for the whole run, so that no measured call pays for making one. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** How a caller proves who it is: a Bearer token or a Basic header. */
    Caller caller(String username, String password, boolean useToken) {
        if (useToken) {
            return new Caller(username, TOKENS.computeIfAbsent(username, name -> tokenFor(name, password)));
        }
        return new Caller(username, basic(username, password));
    }

    private String tokenFor(String username, String password) {
        String basic = basic(username, password);
        Answer created = send(basic, "POST", "/api/tokens", "{\"name\":\"benchmark\"}", null);
        if (!created.ok()) {
            throw new IllegalStateException("No token for " + username + ": " + created);
        }
        return "Bearer " + read(created.body()).path("token").asText();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the application offers personal access tokens (it answers POST /api/tokens). */
    boolean offersTokens(String username, String password) {
        String basic = basic(username, password);
        int status = send(basic, "GET", "/api/tokens", null, null).status();
        return status == 200;
    }

    final class Caller {

        private final String username;
        private final String authorization;

        private Caller(String username, String authorization) {
            this.username = username;
            this.authorization = authorization;
        }

        String username() {
            return username;
        }

        /** Sends a request timed under {@code kind}; an answer outside 2xx counts as an error of that kind. */
        Answer call(String kind, String method, String path, Object body) {
            long start = System.nanoTime();
            Answer answer = send(authorization, method, path, body == null ? null : write(body), null);
            latencies.record(kind, System.nanoTime() - start);
            if (!answer.ok()) {
                latencies.error(kind + " " + answer.status());
            }
            return answer;
        }

        JsonNode callJson(String kind, String method, String path, Object body) {
            Answer answer = call(kind, method, path, body);
            if (!answer.ok()) {
                throw new IllegalStateException(kind + ": " + answer);
            }
            return answer.body().isEmpty() ? json.nullNode() : read(answer.body());
        }
    }

    /** A signed-in page session. */
    Browser browser(String username, String password) {
        return new Browser(username, password);
    }

    final class Browser {

        private final HttpClient session;

        private Browser(String username, String password) {
            session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            Matcher token = CSRF.matcher(get("/login").body());
            if (!token.find()) {
                throw new IllegalStateException("The sign-in page has no CSRF token");
            }
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                    + encode(token.group(1));
            HttpResponse<String> signedIn = exchange(session, HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
                throw new IllegalStateException("Sign-in failed for " + username + ": " + location);
            }
        }

        Answer page(String kind, String path) {
            long start = System.nanoTime();
            Answer answer = get(path);
            latencies.record(kind, System.nanoTime() - start);
            if (!answer.ok()) {
                latencies.error(kind + " " + answer.status());
            }
            return answer;
        }

        private Answer get(String path) {
            HttpResponse<String> response = exchange(session, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept-Language", "zh-CN").GET().build());
            return new Answer(response.statusCode(), response.body());
        }
    }

    private Answer send(String authorization, String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType == null ? "application/json" : contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = exchange(client, request.build());
        return new Answer(response.statusCode(), response.body());
    }

    private static HttpResponse<String> exchange(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return body instanceof String text ? text : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
