package org.thinktank.surveyflow.export.word;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The paragraph styles the report writer names by id. English Word writes these ids; Word in other languages (and
 * other editors) may write other ids for the same built-in styles but keeps their names ("heading 1", "toc 1"), so a
 * style is found by its id or, failing that, by its name, and then given the id the writer uses.
 */
public final class TemplateStyles {

    /** Each required style id with the built-in style name that stands for it. */
    static final Map<String, String> REQUIRED = requiredStyles();

    private TemplateStyles() {
    }

    private static Map<String, String> requiredStyles() {
        Map<String, String> styles = new LinkedHashMap<>();
        styles.put("Title", "title");
        styles.put("Subtitle", "subtitle");
        styles.put("Heading1", "heading 1");
        styles.put("Heading2", "heading 2");
        styles.put("Heading3", "heading 3");
        styles.put("Caption", "caption");
        styles.put("TOCHeading", "toc heading");
        styles.put("TOC1", "toc 1");
        styles.put("TOC2", "toc 2");
        return styles;
    }

    /** The ids of the required styles the document defines neither by id nor by name. */
    public static List<String> missing(XWPFDocument document) {
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((id, name) -> {
            if (find(document.getStyles(), id, name) == null) {
                missing.add(id);
            }
        });
        return missing;
    }

    /** Gives each required style found only by its name the id the writer uses, in the styles and in the body. */
    static void useWriterIds(XWPFDocument document) {
        XWPFStyles styles = document.getStyles();
        if (styles == null) {
            return;
        }
        REQUIRED.forEach((id, name) -> {
            XWPFStyle style = find(styles, id, name);
            if (style != null && !id.equals(style.getStyleId())) {
                rename(document, style.getStyleId(), id);
            }
        });
    }

    private static XWPFStyle find(XWPFStyles styles, String id, String name) {
        if (styles == null) {
            return null;
        }
        if (styles.getStyle(id) != null) {
            return styles.getStyle(id);
        }
        return styles.getStyles().stream()
                .filter(style -> style.getName() != null && name.equals(style.getName().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private static void rename(XWPFDocument document, String from, String to) {
        for (XWPFStyle style : document.getStyles().getStyles()) {
            CTStyle ct = style.getCTStyle();
            if (from.equals(ct.getStyleId())) {
                ct.setStyleId(to);
            }
            if (ct.isSetBasedOn() && from.equals(ct.getBasedOn().getVal())) {
                ct.getBasedOn().setVal(to);
            }
            if (ct.isSetNext() && from.equals(ct.getNext().getVal())) {
                ct.getNext().setVal(to);
            }
        }
        for (XWPFParagraph paragraph : CoverPlaceholders.allParagraphs(document)) {
            if (from.equals(paragraph.getStyle())) {
                paragraph.setStyle(to);
            }
        }
    }
}
