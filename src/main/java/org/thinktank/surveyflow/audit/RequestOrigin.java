package org.thinktank.surveyflow.audit;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the change being recorded comes from: the HTTP request the current thread serves, which Spring's
 * {@code RequestContextFilter} holds for the thread. Outside a request (timers of the process, background exports,
 * the demo seeding at start) there is none.
 *
 * <p>The address is the request's remote address. With {@code server.forward-headers-strategy: native} Tomcat's
 * {@code RemoteIpValve} makes it the client's from {@code X-Forwarded-For}, trusting the header only from a proxy on
 * a private or loopback address ({@code server.tomcat.remoteip.internal-proxies}): an address a client forges in the
 * header stays behind the one its proxy appends, so the client cannot choose the address recorded.
 */
@Component
class RequestOrigin {

    /** The client address of the current request, or null outside a request. */
    String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    /** The username signed in on the current thread, or null when nobody is. */
    String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication.getName();
    }
}
