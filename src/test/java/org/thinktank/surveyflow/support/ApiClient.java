package org.thinktank.surveyflow.support;

import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the REST API over HTTP as one user, with HTTP Basic or a personal access token (or anonymously). */
public final class ApiClient {

    private final TestRestTemplate rest;
    private final ObjectMapper json;
    private final Consumer<HttpHeaders> credentials;

    ApiClient(TestRestTemplate rest, ObjectMapper json, Consumer<HttpHeaders> credentials) {
        this.rest = rest;
        this.json = json;
        this.credentials = credentials;
    }

    /** The same user asking for answers in that language ({@code Accept-Language}), e.g. "zh-CN" or "en". */
    public ApiClient in(String language) {
        return new ApiClient(rest, json, credentials.andThen(headers -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, language)));
    }

    public Response get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    public Response post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public Response put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    public Response delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    /** Posts a file as the multipart field {@code file}, with the other form fields given as name and value pairs. */
    public Response postFile(String path, String fileName, byte[] content, String... fields) {
        HttpHeaders headers = new HttpHeaders();
        credentials.accept(headers);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parts.add(fields[i], fields[i + 1]);
        }
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers),
                String.class);
        return new Response(response.getStatusCode(), response.getHeaders(), response.getBody(), json);
    }

    /** The id of this user's open task of that kind on that survey, as "My tasks" lists it. */
    public String openTask(long surveyId, String taskKey) {
        return StreamSupport.stream(get("/api/tasks?surveyId=" + surveyId + "&kind=" + taskKey).body().path("items")
                        .spliterator(), false)
                .filter(t -> t.path("surveyId").asLong() == surveyId && t.path("key").asText().equals(taskKey))
                .map(t -> t.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + taskKey + " task"));
    }

    public Response exchange(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        credentials.accept(headers);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        String payload = null;
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            try {
                payload = body instanceof String text ? text : json.writeValueAsString(body);
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
        }
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(payload, headers), String.class);
        return new Response(response.getStatusCode(), response.getHeaders(), response.getBody(), json);
    }

    /** A response with its body parsed as JSON (a missing body reads as JSON null). */
    public record Response(HttpStatusCode status, HttpHeaders headers, String text, ObjectMapper json) {

        public JsonNode body() {
            try {
                return text == null ? json.nullNode() : json.readTree(text);
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + text, e);
            }
        }

        public int code() {
            return status.value();
        }

        /** The problem's detail, for refusals. */
        public String detail() {
            return body().path("detail").asText();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
