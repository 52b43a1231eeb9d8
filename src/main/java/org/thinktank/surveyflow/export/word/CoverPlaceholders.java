package org.thinktank.surveyflow.export.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Fills the {@code {{name}}} placeholders of a template's cover page, headers and footers. Word splits text into runs
 * wherever formatting, spelling marks or editing history change, so a placeholder may span several runs: each
 * placeholder is replaced on the paragraph's joined text and written into the run it starts in, which keeps that
 * run's formatting. {@code {{logo}}} becomes the picture.
 */
public final class CoverPlaceholders {

    public static final String LOGO = "logo";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final long MAX_LOGO_HEIGHT = Units.EMU_PER_CENTIMETER * 4L;
    private static final long MAX_LOGO_WIDTH = Units.EMU_PER_CENTIMETER * 12L;

    private CoverPlaceholders() {
    }

    /**
     * Replaces every placeholder by its value (a missing name counts as empty). A paragraph left with no text of its
     * own, whose placeholders were all empty, is removed, so an empty line does not stand in the cover's layout.
     *
     * @param logo the picture for {@code {{logo}}}; null removes the placeholder
     */
    public static void fill(XWPFDocument document, Map<String, String> values, Logo logo) {
        for (XWPFParagraph paragraph : allParagraphs(document)) {
            fill(paragraph, values, logo);
        }
        // a font or language tag added to a run that had properties goes last; the schema wants it in its place
        RunPropertiesOrder.normalize(document);
    }

    /** The names of the placeholders the document uses, in the body, tables, headers and footers. */
    public static List<String> namesIn(XWPFDocument document) {
        return names(allParagraphs(document));
    }

    /** The names of the placeholders on the cover, the document's body (its tables included). */
    public static List<String> namesOnCover(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collect(document.getBodyElements(), paragraphs);
        return names(paragraphs);
    }

    private static List<String> names(List<XWPFParagraph> paragraphs) {
        List<String> names = new ArrayList<>();
        for (XWPFParagraph paragraph : paragraphs) {
            Matcher matcher = PLACEHOLDER.matcher(joinedText(paragraph.getRuns()));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collect(document.getBodyElements(), paragraphs);
        for (XWPFHeaderFooter part : headersAndFooters(document)) {
            collect(part.getBodyElements(), paragraphs);
        }
        return paragraphs;
    }

    /** From the document's relations: POI lists a header created in this document under none of its header lists. */
    private static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument document) {
        return document.getRelations().stream().filter(XWPFHeaderFooter.class::isInstance)
                .map(XWPFHeaderFooter.class::cast).toList();
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> paragraphs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), paragraphs);
                    }
                }
            }
        }
    }

    private static void fill(XWPFParagraph paragraph, Map<String, String> values, Logo logo) {
        List<XWPFRun> runs = paragraph.getRuns();
        String text = joinedText(runs);
        List<MatchResultInRuns> matches = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            matches.add(new MatchResultInRuns(matcher.start(), matcher.end(), matcher.group(1)));
        }
        if (matches.isEmpty()) {
            return;
        }
        boolean anyContent = !matcher.replaceAll("").isBlank();
        for (int i = matches.size() - 1; i >= 0; i--) {
            MatchResultInRuns match = matches.get(i);
            boolean isLogo = LOGO.equals(match.name());
            String value = isLogo ? "" : values.getOrDefault(match.name(), "");
            anyContent |= !value.isEmpty() || isLogo && logo != null;
            XWPFRun run = replace(paragraph, match, value);
            if (isLogo && logo != null) {
                addPicture(run, logo);
            }
        }
        if (!anyContent && !holdsMoreThanText(paragraph)) {
            remove(paragraph);
        }
    }

    private record MatchResultInRuns(int start, int end, String name) {
    }

    private static String joinedText(List<XWPFRun> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    /** Writes the value where the placeholder starts and takes the rest of the placeholder out of the runs it spans. */
    private static XWPFRun replace(XWPFParagraph paragraph, MatchResultInRuns match, String value) {
        List<XWPFRun> runs = paragraph.getRuns();
        int offset = 0;
        int first = -1;
        int last = -1;
        int firstOffset = 0;
        int lastOffset = 0;
        for (int i = 0; i < runs.size() && last < 0; i++) {
            int length = runs.get(i).text().length();
            if (first < 0 && match.start() < offset + length) {
                first = i;
                firstOffset = offset;
            }
            if (first >= 0 && match.end() <= offset + length) {
                last = i;
                lastOffset = offset;
            }
            offset += length;
        }
        XWPFRun start = runs.get(first);
        String before = start.text().substring(0, match.start() - firstOffset);
        String after = runs.get(last).text().substring(match.end() - lastOffset);
        for (int i = last; i > first; i--) {
            paragraph.removeRun(i);
        }
        write(paragraph, start, before + value + after);
        return start;
    }

    private static void write(XWPFParagraph paragraph, XWPFRun run, String text) {
        CTR ctr = run.getCTR();
        for (int i = ctr.sizeOfTArray() - 1; i >= 0; i--) {
            ctr.removeT(i);
        }
        for (int i = ctr.sizeOfBrArray() - 1; i >= 0; i--) {
            ctr.removeBr(i);
        }
        for (int i = ctr.sizeOfTabArray() - 1; i >= 0; i--) {
            ctr.removeTab(i);
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        if (WordText.hasEastAsianCharacters(text)) {
            WordText.speaksChinese(run);
        }
    }

    private static void addPicture(XWPFRun run, Logo logo) {
        double scale = Math.min(1.0, Math.min(MAX_LOGO_HEIGHT / (double) Units.pixelToEMU(logo.height()),
                MAX_LOGO_WIDTH / (double) Units.pixelToEMU(logo.width())));
        int type = "png".equals(logo.format()) ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG;
        try {
            run.addPicture(new ByteArrayInputStream(logo.content()), type, "logo." + logo.format(),
                    (int) Math.round(Units.pixelToEMU(logo.width()) * scale),
                    (int) Math.round(Units.pixelToEMU(logo.height()) * scale));
        } catch (InvalidFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("The logo could not be embedded", e));
        }
    }

    /** A page or section break, a picture or a field keeps the paragraph even when its text is gone. */
    private static boolean holdsMoreThanText(XWPFParagraph paragraph) {
        if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) {
            return true;
        }
        return paragraph.getRuns().stream().map(XWPFRun::getCTR).anyMatch(run -> run.sizeOfBrArray() > 0
                || run.sizeOfDrawingArray() > 0 || run.sizeOfPictArray() > 0 || run.sizeOfFldCharArray() > 0)
                || paragraph.getCTP().sizeOfFldSimpleArray() > 0;
    }

    /** A table cell, header or footer keeps its last paragraph: each must hold at least one. */
    private static void remove(XWPFParagraph paragraph) {
        IBody body = paragraph.getBody();
        if (body instanceof XWPFDocument document) {
            document.removeBodyElement(document.getPosOfParagraph(paragraph));
        } else if (body instanceof XWPFTableCell cell && cell.getParagraphs().size() > 1) {
            cell.removeParagraph(cell.getParagraphs().indexOf(paragraph));
        } else if (body instanceof XWPFHeaderFooter part && part.getBodyElements().size() > 1) {
            part.removeParagraph(paragraph);
        }
    }
}
