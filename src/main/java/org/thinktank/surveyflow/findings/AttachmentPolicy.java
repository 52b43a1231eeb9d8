package org.thinktank.surveyflow.findings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputText;

/**
 * Which files may be attached to a finding: an allow-list of extensions, each with the content type it is stored
 * and served with, and a size limit ({@code surveyflow.attachments.max-size}, 10 MB by default).
 */
@ConfigurationProperties("surveyflow.attachments")
public record AttachmentPolicy(@DefaultValue("10MB") DataSize maxSize) {

    private static final String FIELD = "attachments";

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "csv", "text/csv");

    public static final List<String> EXTENSIONS = List.of("pdf", "docx", "xlsx", "png", "jpg", "csv");

    /**
     * The name a file is stored and served under: its own name without any path a browser may send, without control
     * characters, text-direction controls and invisible characters (each becomes '_', so {@code report<U+202E>fdp.exe}
     * cannot pass for a pdf) and without spaces at its edges, at most 255 characters keeping the end with the
     * extension. A name cannot be refused for an invisible character its author never saw; it is made visible.
     */
    public static String safeName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String path = fileName.replace('\\', '/');
        StringBuilder name = new StringBuilder();
        path.substring(path.lastIndexOf('/') + 1).codePoints().forEach(c -> {
            if (isHidden(c)) {
                name.append('_');
            } else {
                name.appendCodePoint(c);
            }
        });
        String safe = InputText.line(name.toString());
        return safe.length() > 255 ? safe.substring(safe.length() - 255) : safe;
    }

    private static boolean isHidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || c == 0x2028 || c == 0x2029;
    }

    /** The problems of a file (with the field {@code attachments}), empty when it may be attached. */
    public List<InputProblem> check(String fileName, long size) {
        String extension = extensionOf(fileName);
        if (!TYPES.containsKey(extension)) {
            return List.of(InputProblem.of(FIELD, "attachment.notAllowedType", fileName, String.join(", ", EXTENSIONS)));
        }
        if (size <= 0) {
            return List.of(InputProblem.of(FIELD, "attachment.empty", fileName));
        }
        if (size > maxSize.toBytes()) {
            return List.of(InputProblem.of(FIELD, "attachment.tooLarge", fileName, String.valueOf(maxSize.toMegabytes())));
        }
        return List.of();
    }

    public String contentTypeOf(String fileName) {
        return TYPES.get(extensionOf(fileName));
    }

    private static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
