package org.thinktank.surveyflow.notification.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thinktank.surveyflow.notification.PreferredLanguages;
import org.thinktank.surveyflow.problem.DatabaseUnavailable;

/**
 * When a signed-in person picks a language on a page ({@code ?lang=}), their notices and mails are written in it
 * from then on. Only the pick is written, not every page view.
 */
@Configuration(proxyBeanMethods = false)
class LanguageChoiceRecorder implements WebMvcConfigurer, HandlerInterceptor {

    private final PreferredLanguages languages;

    LanguageChoiceRecorder(PreferredLanguages languages) {
        this.languages = languages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String chosen = request.getParameter("lang");
        Principal person = request.getUserPrincipal();
        if (person != null && ("zh-CN".equals(chosen) || "en".equals(chosen))) {
            try {
                languages.remember(person.getName(), Locale.forLanguageTag(chosen));
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.isCauseOf(failure)) {
                    throw failure;
                }
                // the page goes on to say, in the language just picked, that the database is unreachable
            }
        }
        return true;
    }
}
