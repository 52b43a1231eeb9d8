package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;

/** A dataset's refusal as a person reads it, in the language the test names. */
final class DatasetMessages {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final ProblemMessages MESSAGES = problemMessages();

    private DatasetMessages() {
    }

    /** The refusal the call throws, as one line in the language. */
    static String refusal(ThrowingCallable call, Locale locale) {
        InvalidRequestException refusal = catchThrowableOfType(InvalidRequestException.class, call);
        if (refusal == null) {
            throw new AssertionError("expected a refusal, the dataset was read");
        }
        return String.join("; ", MESSAGES.describe(refusal.problems(), locale));
    }

    private static ProblemMessages problemMessages() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        return new ProblemMessages(bundles);
    }
}
