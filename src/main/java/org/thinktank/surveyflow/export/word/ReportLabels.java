package org.thinktank.surveyflow.export.word;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.thinktank.surveyflow.adoption.AdoptionStatus;
import org.thinktank.surveyflow.adoption.AdoptionStep;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.review.Recommendation;

/** The words of a study report in its reader's language, from the message bundles. */
final class ReportLabels {

    private final MessageSource messages;
    private final Locale locale;

    ReportLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String method(FieldMethod method) {
        return get("method." + method.name());
    }

    String recommendation(Recommendation recommendation) {
        return get("recommendation." + recommendation.name());
    }

    String adoptionStatus(AdoptionStatus status) {
        return get("adoptionExport.status." + status.name());
    }

    String adoptionStep(AdoptionStep.Kind kind) {
        return get("adoptionExport.step." + kind.name());
    }

    String status(ReportStatus status) {
        return get("word.status." + status.name());
    }

    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    String dateTime(LocalDateTime dateTime) {
        return date(dateTime.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(dateTime);
    }

    /** "附录一 资料来源", "Appendix A  Sources": the {@code index}th appendix, from 0. */
    String appendix(int index, String title) {
        List<String> numbers = List.of(get("word.appendix.numbers").split(","));
        return get("word.appendix", numbers.get(index % numbers.size()), title);
    }

    boolean chinese() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    Locale locale() {
        return locale;
    }
}
