package org.thinktank.surveyflow.export.template;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thinktank.surveyflow.export.word.ReportTemplate;

/**
 * Which template a meeting's reports are written on, as stored and as the API spells it: {@code default} (the
 * publication style), {@code official-document} (GB/T 9704-2012) or {@code uploaded:N} (version N of the meeting's
 * uploaded templates).
 *
 * @param uploadedVersion null for a bundled template
 */
public record TemplateChoice(String bundled, Integer uploadedVersion) {

    public static final TemplateChoice DEFAULT = new TemplateChoice("default", null);
    public static final TemplateChoice OFFICIAL_DOCUMENT = new TemplateChoice("official-document", null);
    private static final Pattern UPLOADED = Pattern.compile("uploaded:([1-9][0-9]{0,8})");

    /** The choice a text names, or empty when it names none. */
    public static Optional<TemplateChoice> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (DEFAULT.toString().equals(text)) {
            return Optional.of(DEFAULT);
        }
        if (OFFICIAL_DOCUMENT.toString().equals(text)) {
            return Optional.of(OFFICIAL_DOCUMENT);
        }
        Matcher uploaded = UPLOADED.matcher(text);
        return uploaded.matches() ? Optional.of(uploaded(Integer.parseInt(uploaded.group(1)))) : Optional.empty();
    }

    public static TemplateChoice uploaded(int version) {
        return new TemplateChoice(null, version);
    }

    public boolean isUploaded() {
        return uploadedVersion != null;
    }

    /** The bundled template this choice names; only for a bundled choice. */
    ReportTemplate bundledTemplate() {
        return equals(OFFICIAL_DOCUMENT) ? ReportTemplate.officialDocument() : ReportTemplate.bundled();
    }

    @Override
    public String toString() {
        return isUploaded() ? "uploaded:" + uploadedVersion : bundled;
    }
}
