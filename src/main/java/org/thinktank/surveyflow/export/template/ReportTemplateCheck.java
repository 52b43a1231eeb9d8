package org.thinktank.surveyflow.export.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.export.word.CoverPlaceholders;
import org.thinktank.surveyflow.export.word.TemplateStyles;

/**
 * What is wrong with an uploaded report template, in the reader's language: not a .docx or not readable, larger than
 * 5 MB or expanding like a zip bomb, macro-enabled (.docm), missing a style the writer uses, or without the
 * {@code {{title}}} placeholder. The zip is measured by inflating it, before POI reads a byte of its XML.
 */
@Component
public class ReportTemplateCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String MACRO_CONTENT_TYPE = "macroEnabled";

    private final MessageSource messages;

    ReportTemplateCheck(MessageSource messages) {
        this.messages = messages;
    }

    /** The problems of the file; none when it may be stored and used. */
    public List<String> problems(String fileName, byte[] content, Locale locale) {
        String name = fileName == null ? "" : fileName;
        if (content.length > MAX_BYTES) {
            return List.of(message("reportTemplate.error.tooLarge", locale, name, MAX_BYTES / 1024 / 1024));
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".docx") && !name.toLowerCase(Locale.ROOT).endsWith(".docm")
                || !startsWithZipMagic(content)) {
            return List.of(message("reportTemplate.error.notDocx", locale, name));
        }
        Archive archive;
        try {
            archive = Archive.measure(content);
        } catch (IOException e) {
            return List.of(message("reportTemplate.error.unreadable", locale, name));
        }
        if (archive.inflated() > MAX_INFLATED_BYTES || archive.inflated() > (long) MAX_RATIO * content.length) {
            return List.of(message("reportTemplate.error.zipBomb", locale, name));
        }
        if (archive.macroEnabled()) {
            return List.of(message("reportTemplate.error.macros", locale, name));
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> problems = new ArrayList<>();
            TemplateStyles.missing(document)
                    .forEach(style -> problems.add(message("reportTemplate.error.style", locale, style)));
            if (!CoverPlaceholders.namesOnCover(document).contains("title")) {
                problems.add(message("reportTemplate.error.titlePlaceholder", locale));
            }
            return problems;
        } catch (IOException | RuntimeException e) {
            return List.of(message("reportTemplate.error.unreadable", locale, name));
        }
    }

    private static boolean startsWithZipMagic(byte[] content) {
        return content.length >= ZIP_MAGIC.length && Arrays.equals(Arrays.copyOf(content, ZIP_MAGIC.length), ZIP_MAGIC);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The bytes the archive inflates to, counted up to a limit, and whether it declares macros. */
    private record Archive(long inflated, boolean macroEnabled) {

        static Archive measure(byte[] content) throws IOException {
            long inflated = 0;
            boolean macros = false;
            byte[] buffer = new byte[8192];
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    boolean contentTypes = entry.getName().equals("[Content_Types].xml");
                    macros |= entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
                    StringBuilder types = new StringBuilder();
                    for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                        inflated += read;
                        if (inflated > MAX_INFLATED_BYTES) {
                            return new Archive(inflated, macros);
                        }
                        if (contentTypes) {
                            types.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                        }
                    }
                    macros |= types.indexOf(MACRO_CONTENT_TYPE) >= 0;
                }
            }
            if (inflated == 0) {
                throw new IOException("an empty archive");
            }
            return new Archive(inflated, macros);
        }
    }
}
