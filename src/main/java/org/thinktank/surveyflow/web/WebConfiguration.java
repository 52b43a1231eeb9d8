package org.thinktank.surveyflow.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.lang.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;
import org.thinktank.surveyflow.language.ReaderLanguage;
import org.thinktank.surveyflow.problem.InputText;

/**
 * The pages' and the API's language: from {@code ?lang=zh-CN} or {@code ?lang=en} (pages only), remembered in a
 * cookie, else the browser's, and Chinese for a request that names no language ({@link ReaderLanguage}).
 * Only those two languages exist: any other value of the parameter is ignored, and a cookie with any other value
 * (or none that can be read) is cleared and the browser's language used. Dates in forms are ISO dates with a
 * four-digit year, as the date inputs send them. Links to the stylesheet and to htmx carry the path the resource chain
 * serves them under; other links are left alone ({@link AssetLinkFilter}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";
    static final String LANGUAGE_COOKIE = ReaderLanguage.COOKIE;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new LanguageResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocaleFunction(ReaderLanguage::ofBrowser);
        return resolver;
    }

    /** Declared as Spring's own filter type, so that Spring Boot leaves out the one it would register. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> assetLinkFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new AssetLinkFilter(List.of("/css/", "/webjars/")));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LanguageChange();
        interceptor.setParamName(LANGUAGE_PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return InputText.isoDate(text);
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
    }

    @Nullable
    private static Locale language(@Nullable Locale locale) {
        return ReaderLanguage.of(locale);
    }

    /** The cookie's language when it names one the pages have, else the browser's. */
    private static final class LanguageResolver extends CookieLocaleResolver {

        LanguageResolver() {
            super(LANGUAGE_COOKIE);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale language = language(super.resolveLocale(request));
            return language != null ? language : determineDefaultLocale(request);
        }

        /** Read when asked, as the resolver's own context is: {@code ?lang=} may have changed it since. */
        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext cookieOrBrowser = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    Locale language = language(cookieOrBrowser.getLocale());
                    return language != null ? language : determineDefaultLocale(request);
                }

                @Override
                public TimeZone getTimeZone() {
                    return cookieOrBrowser instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
                }
            };
        }

        /**
         * Remembers a language the pages have and ignores any other. Clearing (no language) writes an expired cookie
         * itself: Spring's resolver would write the cookie of whatever language it last set, for anyone.
         */
        @Override
        public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
                                     @Nullable LocaleContext localeContext) {
            Locale wanted = localeContext == null ? null : localeContext.getLocale();
            if (wanted != null) {
                if (language(wanted) != null) {
                    super.setLocaleContext(request, response, new SimpleLocaleContext(language(wanted)));
                }
                return;
            }
            if (response != null) {
                response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LANGUAGE_COOKIE, "").path("/")
                        .maxAge(Duration.ZERO).sameSite("Lax").build().toString());
            }
            request.setAttribute(LOCALE_REQUEST_ATTRIBUTE_NAME, determineDefaultLocale(request));
            request.setAttribute(TIME_ZONE_REQUEST_ATTRIBUTE_NAME, determineDefaultTimeZone(request));
        }
    }

    /** Clears a language cookie the pages cannot use, then takes {@code ?lang=} as usual. */
    private static final class LanguageChange extends LocaleChangeInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            Cookie cookie = WebUtils.getCookie(request, LANGUAGE_COOKIE);
            if (cookie != null && !isUsable(cookie.getValue())) {
                LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                if (resolver != null) {
                    resolver.setLocale(request, response, null);
                }
            }
            return super.preHandle(request, response, handler);
        }

        private static boolean isUsable(String value) {
            return ReaderLanguage.parse(value) != null;
        }
    }
}
