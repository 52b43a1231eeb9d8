package org.thinktank.surveyflow.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thinktank.surveyflow.support.EnglishUnlessAsked;

/**
 * HTTP/1.1 over a plain socket, for the requests that HTTP clients refuse to send or quietly repair: a malformed
 * {@code Content-Type}, a chunked body, bytes that are not UTF-8, a path with {@code ..} or {@code ;}. Every
 * request closes its connection, so the response is read to its end.
 */
public final class RawHttp {

    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> repeated = new ArrayList<>();
    private String method = "GET";
    private String target = "/";
    private byte[] body;
    private InputStream stream;
    private boolean chunked;
    private boolean namesLanguage = true;

    private RawHttp(int port) {
        this.port = port;
    }

    public static RawHttp to(int port) {
        return new RawHttp(port);
    }

    public RawHttp request(String method, String target) {
        this.method = method;
        this.target = target;
        return this;
    }

    public RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sends no {@code Accept-Language}, as many API clients do; otherwise a request without one asks for English. */
    public RawHttp withoutLanguage() {
        this.namesLanguage = false;
        return this;
    }

    /** A further header line with the name of one already given: the request then carries that header twice. */
    public RawHttp repeat(String name, String value) {
        repeated.add(Map.entry(name, value));
        return this;
    }

    public RawHttp bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    public RawHttp basic(String username, String password) {
        return header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public RawHttp body(String contentType, byte[] body) {
        if (contentType != null) {
            header("Content-Type", contentType);
        }
        this.body = body;
        return this;
    }

    public RawHttp body(String contentType, String body) {
        return body(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A body read from the stream as it is sent, in chunks, never held whole: for bodies of hundreds of megabytes. */
    public RawHttp streamedBody(String contentType, InputStream stream) {
        header("Content-Type", contentType);
        this.stream = stream;
        this.body = new byte[0];
        this.chunked = true;
        return this;
    }

    /** Sends the body in chunks, without a Content-Length. */
    public RawHttp chunked() {
        this.chunked = true;
        return this;
    }

    public Response send() {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (namesLanguage && headers.keySet().stream().noneMatch("Accept-Language"::equalsIgnoreCase)
                    && repeated.stream().noneMatch(header -> header.getKey().equalsIgnoreCase("Accept-Language"))) {
                head.append("Accept-Language: ").append(EnglishUnlessAsked.LANGUAGE).append("\r\n");
            }
            repeated.forEach(header -> head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n"));
            if (body != null && chunked) {
                head.append("Transfer-Encoding: chunked\r\n");
            } else if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                writeBody(out);
            }
            out.flush();
            return Response.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeBody(OutputStream out) {
        int chunk = 64 * 1024;
        try {
            if (stream != null) {
                byte[] buffer = new byte[chunk];
                for (int length; (length = stream.read(buffer)) > 0; ) {
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(buffer, 0, length);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            if (!chunked) {
                out.write(body);
                return;
            }
            for (int offset = 0; offset < body.length; offset += chunk) {
                int length = Math.min(chunk, body.length - offset);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, offset, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException refusedMidway) {
            // the server answered before reading all of it and closed the connection; read its answer
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    /** A status, the headers (names in lower case) and the body as UTF-8 text. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IllegalStateException("No HTTP response: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
            byte[] content = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                content = unchunk(content);
            }
            return new Response(status, headers, new String(content, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int position = 0;
            while (position < content.length) {
                int lineEnd = indexOfCrLf(content, position);
                String sizeLine = new String(content, position, lineEnd - position, StandardCharsets.ISO_8859_1);
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                out.write(content, lineEnd + 2, size);
                position = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }

        private static int indexOfCrLf(byte[] content, int from) {
            for (int i = from; i < content.length - 1; i++) {
                if (content[i] == '\r' && content[i + 1] == '\n') {
                    return i;
                }
            }
            return content.length;
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }
}
