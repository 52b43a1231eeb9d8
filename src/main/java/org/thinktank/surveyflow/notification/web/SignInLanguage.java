package org.thinktank.surveyflow.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.thinktank.surveyflow.notification.PreferredLanguages;

/**
 * Whoever signs in on the form does so in a language (the one picked on the sign-in page, else the browser's): their
 * notices and mails are written in it from then on, until they pick another.
 */
@Component
class SignInLanguage {

    private final PreferredLanguages languages;
    // looked up when used: the pages' resolver is configured after the listeners
    private final ObjectProvider<LocaleResolver> localeResolver;

    SignInLanguage(PreferredLanguages languages, ObjectProvider<LocaleResolver> localeResolver) {
        this.languages = languages;
        this.localeResolver = localeResolver;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            languages.remember(event.getAuthentication().getName(), localeResolver.getObject().resolveLocale(request));
        }
    }
}
