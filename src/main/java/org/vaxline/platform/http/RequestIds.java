package org.vaxline.platform.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.vaxline.platform.id.Ids;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (a proxy or client that made one
 * can follow the request through our log), else a new one. It is echoed in the answer and is in the log's context
 * (SLF4J MDC {@code requestId}) for every line written while the request runs.
 */
final class RequestIds implements Filter {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = "vaxline.requestId";
    /** Letters, digits and a few separators, as proxies make them (UUIDs, hex, trace ids); anything else could forge log lines. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String id = of(((HttpServletRequest) request).getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        ((HttpServletResponse) response).setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The given id when sane, else a new UUIDv7. */
    static String of(String given) {
        return given != null && SANE.matcher(given).matches() ? given : Ids.newId().toString();
    }
}
