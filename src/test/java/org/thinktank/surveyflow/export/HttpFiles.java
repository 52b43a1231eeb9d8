package org.thinktank.surveyflow.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Downloads and uploads files over HTTP as a demo user (password "demo"), keeping the body as bytes. */
@Component
public class HttpFiles {

    private final TestRestTemplate rest;

    public HttpFiles(TestRestTemplate rest) {
        this.rest = rest;
    }

    public Download get(String username, String path) {
        HttpHeaders headers = authenticated(username);
        headers.setAccept(List.of(MediaType.ALL));
        return Download.of(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class));
    }

    /** A download asked for in a language, as a browser's Accept-Language asks. */
    public Download get(String username, String path, Locale language) {
        HttpHeaders headers = authenticated(username);
        headers.setAccept(List.of(MediaType.ALL));
        headers.setAcceptLanguageAsLocales(List.of(language));
        return Download.of(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class));
    }

    /** A JSON request sent in a language. */
    public Download post(String username, String path, String json, Locale language) {
        HttpHeaders headers = authenticated(username);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAcceptLanguageAsLocales(List.of(language));
        return Download.of(rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), byte[].class));
    }

    public Download upload(String username, String path, String fileName, byte[] content) {
        return upload(HttpMethod.POST, username, path, fileName, content);
    }

    public Download upload(HttpMethod method, String username, String path, String fileName, byte[] content) {
        return upload(method, username, path, fileName, content, authenticated(username));
    }

    /** A file uploaded in a language, as a browser's Accept-Language asks. */
    public Download upload(String username, String path, String fileName, byte[] content, Locale language) {
        HttpHeaders headers = authenticated(username);
        headers.setAcceptLanguageAsLocales(List.of(language));
        return upload(HttpMethod.POST, username, path, fileName, content, headers);
    }

    private Download upload(HttpMethod method, String username, String path, String fileName, byte[] content,
                            HttpHeaders headers) {
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return Download.of(rest.exchange(path, method, new HttpEntity<>(form, headers), byte[].class));
    }

    private static HttpHeaders authenticated(String username) {
        HttpHeaders headers = new HttpHeaders();
        if (username != null) {
            headers.setBasicAuth(username, "demo", StandardCharsets.UTF_8);
        }
        return headers;
    }

    public record Download(int status, HttpHeaders headers, byte[] body) {

        static Download of(ResponseEntity<byte[]> response) {
            return new Download(response.getStatusCode().value(), response.getHeaders(),
                    response.getBody() == null ? new byte[0] : response.getBody());
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public ContentDisposition disposition() {
            return ContentDisposition.parse(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION));
        }

        @Override
        public String toString() {
            return status + " " + headers.getContentType() + " " + (status >= 300 ? text() : body.length + " bytes");
        }
    }
}
