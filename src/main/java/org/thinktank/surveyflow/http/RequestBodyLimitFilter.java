package org.thinktank.surveyflow.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thinktank.surveyflow.problem.BodyTooLargeException;
import org.thinktank.surveyflow.problem.ProblemWriter;
import org.thinktank.surveyflow.problem.Reason;

/**
 * Bounds every request body that a JSON or form parser reads, before anything reads it and before sign-in, so an
 * oversized request cannot tie up memory whatever its type ({@code application/json}, {@code application/*+json},
 * anything else) or transfer encoding. A declared length over the limit is refused at once; a body sent in chunks
 * is counted as it is read and refused with 413 when it passes the limit. Form posts are parsed by Tomcat up to
 * {@code server.tomcat.max-http-form-post-size}; one it gave up on is a clear 413 rather than a form without its
 * fields. File uploads (multipart) have their own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final DataSize jsonLimit;
    private final DataSize formLimit;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(@Value("${surveyflow.max-json-body:4MB}") DataSize jsonLimit,
                           @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
                           ProblemWriter problems) {
        this.jsonLimit = jsonLimit;
        this.formLimit = formLimit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // MediaTypeHeadersFilter has refused a Content-Type that is not a media type
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        boolean hasBody = request.getContentLengthLong() > 0
                || "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (!hasBody || (type != null && type.getType().equals("multipart"))) {
            chain.doFilter(request, response);
            return;
        }
        boolean form = type != null && type.equalsTypeAndSubtype(MediaType.APPLICATION_FORM_URLENCODED);
        DataSize limit = form ? formLimit : jsonLimit;
        long length = request.getContentLengthLong();
        if (length > limit.toBytes()) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
                    Reason.of("request.bodyLength", length, limit.toMegabytes()));
            return;
        }
        if (form && HttpMethod.POST.matches(request.getMethod()) && !CamundaPaths.matches(request)) {
            // Tomcat reads the form itself (as far as max-http-form-post-size) and drops a larger one silently
            request.getParameterMap();
            if ("POST_TOO_LARGE".equals(String.valueOf(request.getAttribute(RequestParameterFilter.PARSE_FAILED_REASON)))) {
                problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
                        Reason.of("request.formTooLarge", limit.toMegabytes()));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            BodyTooLargeException tooLarge = tooLarge(e);
            if (tooLarge == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.reason());
        }
    }

    private static BodyTooLargeException tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    /** The request with its body counted as it is read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final DataSize limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    /** Fails with {@link BodyTooLargeException} once more than the limit has been read. */
    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final DataSize limit;
        private long count;

        LimitedInputStream(ServletInputStream body, DataSize limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = body.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws BodyTooLargeException {
            count += bytes;
            if (count > limit.toBytes()) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
