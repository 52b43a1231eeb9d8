package org.thinktank.surveyflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets an {@link Irreversible} action through only when its post says it was confirmed. */
@Component
class ConfirmedActions implements HandlerInterceptor {

    static final String PARAMETER = "confirmed";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(Irreversible.class)
                && !"true".equals(request.getParameter(PARAMETER))) {
            throw new UnconfirmedAction(method.getMethodAnnotation(Irreversible.class).value());
        }
        return true;
    }
}
