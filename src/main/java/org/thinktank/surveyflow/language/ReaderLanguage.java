package org.thinktank.surveyflow.language;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.lang.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.util.WebUtils;

/**
 * The language a request is answered in: the one its language cookie names (set by {@code ?lang=} on the pages),
 * else the browser's, and Chinese first. Only Chinese (zh-CN) and English exist. The pages' locale resolver applies
 * the same rule; this class is for the answers written before Spring MVC is reached (the filters' refusals).
 */
public final class ReaderLanguage {

    public static final String COOKIE = "surveyflow-lang";

    private ReaderLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        Locale chosen = cookie == null ? null : parse(cookie.getValue());
        return chosen != null ? chosen : ofBrowser(request);
    }

    /**
     * Chinese comes first: Chinese when the browser asks for any Chinese or names no language we have (or none at
     * all, as API clients often do); English only when it asks for English and no Chinese.
     */
    public static Locale ofBrowser(HttpServletRequest request) {
        if (!StringUtils.hasText(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        boolean english = false;
        for (Locale requested : Collections.list(request.getLocales())) {
            Locale language = of(requested);
            if (Locale.SIMPLIFIED_CHINESE.equals(language)) {
                return language;
            }
            english |= Locale.ENGLISH.equals(language);
        }
        return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The language we have for a locale, or null when we have none for it. */
    @Nullable
    public static Locale of(@Nullable Locale locale) {
        if (locale == null) {
            return null;
        }
        if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : null;
    }

    /** The language a cookie or parameter value names, or null when it names none we have or cannot be read. */
    @Nullable
    public static Locale parse(@Nullable String value) {
        try {
            return value == null ? null : of(StringUtils.parseLocale(value));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
