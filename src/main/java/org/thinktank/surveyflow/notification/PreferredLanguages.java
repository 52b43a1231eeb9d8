package org.thinktank.surveyflow.notification;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each person's notices and mails are written in: the one they last chose on the pages, Chinese until
 * they choose (Chinese comes first).
 */
@Service
public class PreferredLanguages {

    private final PreferredLanguageRepository languages;

    PreferredLanguages(PreferredLanguageRepository languages) {
        this.languages = languages;
    }

    public Locale of(String username) {
        return languages.of(username).map(Locale::forLanguageTag).orElse(Locale.SIMPLIFIED_CHINESE);
    }

    /** Remembers a choice of Chinese or English; any other language is not one the pages offer, and is ignored. */
    @Transactional
    public void remember(String username, Locale chosen) {
        if (Locale.CHINESE.getLanguage().equals(chosen.getLanguage())) {
            languages.store(username, "zh-CN");
        } else if (Locale.ENGLISH.getLanguage().equals(chosen.getLanguage())) {
            languages.store(username, "en");
        }
    }
}
