package org.thinktank.surveyflow.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo user signed in on the sign-in form over a plain socket, with the session cookie and the CSRF token of the
 * pages, for page posts that HTTP clients would not send as they are.
 */
public record PageSession(int port, String cookie, String csrf) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static PageSession signIn(int port, String username) {
        RawHttp.Response form = RawHttp.to(port).request("GET", "/login").send();
        String anonymous = sessionCookie(form);
        RawHttp.Response signedIn = RawHttp.to(port).request("POST", "/login").header("Cookie", anonymous)
                .body("application/x-www-form-urlencoded",
                        "username=" + username + "&password=demo&_csrf=" + csrfOf(form.body())).send();
        if (signedIn.status() != 302 || signedIn.header("location").contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn);
        }
        String cookie = sessionCookie(signedIn);
        RawHttp.Response page = RawHttp.to(port).request("GET", "/").header("Cookie", cookie).send();
        return new PageSession(port, cookie, csrfOf(page.body()));
    }

    /** A request in this session (without the CSRF token: add it to the form). */
    public RawHttp request(String method, String target) {
        return RawHttp.to(port).request(method, target).header("Cookie", cookie).header("Accept", "text/html");
    }

    /** A form post in this session, its CSRF token first; {@code fields} is the rest of the form, already encoded. */
    public RawHttp post(String target, String fields) {
        return request("POST", target).body("application/x-www-form-urlencoded", "_csrf=" + csrf + "&" + fields);
    }

    /** A multipart post in this session: name and value pairs, a {@link FilePart} value being a file. */
    public RawHttp postMultipart(String target, Object... parts) {
        String boundary = Multipart.boundary();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Object[] all = new Object[parts.length + 2];
        all[0] = "_csrf";
        all[1] = csrf;
        System.arraycopy(parts, 0, all, 2, parts.length);
        Multipart.write(body, boundary, all);
        return request("POST", target).body("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static String sessionCookie(RawHttp.Response response) {
        List<String> cookies = response.headers().getOrDefault("set-cookie", List.of());
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No session: " + response)).split(";")[0];
    }

    private static String csrfOf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in " + page);
        }
        return token.group(1);
    }

    /** multipart/form-data bodies. */
    public static final class Multipart {

        private Multipart() {
        }

        /** Name and value pairs; a {@link FilePart} value is sent as a file. */
        public static void write(ByteArrayOutputStream body, String boundary, Object... parts) {
            for (int i = 0; i < parts.length; i += 2) {
                String name = (String) parts[i];
                Object value = parts[i + 1];
                StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
                if (value instanceof FilePart file) {
                    head.append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                            .append(file.fileName()).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
                    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(file.content());
                } else {
                    head.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n");
                    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                }
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }

        public static String boundary() {
            return "----hostile" + System.nanoTime();
        }
    }

    /** A file in a multipart body. */
    public record FilePart(String fileName, byte[] content) {
    }
}
