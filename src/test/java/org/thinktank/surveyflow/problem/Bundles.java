package org.thinktank.surveyflow.problem;

import java.nio.charset.StandardCharsets;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles as the application reads them, for tests without an application context. */
final class Bundles {

    private Bundles() {
    }

    static ProblemMessages problemMessages() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        return new ProblemMessages(bundles);
    }
}
