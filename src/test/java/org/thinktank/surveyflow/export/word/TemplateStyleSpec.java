package org.thinktank.surveyflow.export.word;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * One paragraph style of a bundled template, described with the few properties the makers set and written with its
 * elements in the order the WordprocessingML schema requires (strict readers refuse any other).
 */
final class TemplateStyleSpec {

    private final String id;
    private final String name;
    private String latinFont;
    private String eastAsianFont;
    private int halfPoints;
    private boolean bold;
    private String color;
    private Integer outlineLevel;
    private STJc.Enum alignment;
    private int spaceBefore;
    private int spaceAfter = 120;
    private Integer firstLineChars;
    private Integer rightTab;
    private Integer leftIndent;
    private boolean offGrid;

    private TemplateStyleSpec(String id, String name) {
        this.id = id;
        this.name = name;
    }

    static TemplateStyleSpec paragraph(String id, String name) {
        return new TemplateStyleSpec(id, name);
    }

    TemplateStyleSpec font(String latin, String eastAsian, int points) {
        this.latinFont = latin;
        this.eastAsianFont = eastAsian;
        this.halfPoints = points * 2;
        return this;
    }

    TemplateStyleSpec bold() {
        this.bold = true;
        return this;
    }

    TemplateStyleSpec color(String rgb) {
        this.color = rgb;
        return this;
    }

    TemplateStyleSpec outline(int level) {
        this.outlineLevel = level;
        return this;
    }

    TemplateStyleSpec centred() {
        this.alignment = STJc.CENTER;
        return this;
    }

    TemplateStyleSpec spacing(int beforeTwips, int afterTwips) {
        this.spaceBefore = beforeTwips;
        this.spaceAfter = afterTwips;
        return this;
    }

    /** First-line indent in hundredths of a character (200 = two characters, as Chinese paragraphs begin). */
    TemplateStyleSpec firstLineChars(int hundredths) {
        this.firstLineChars = hundredths;
        return this;
    }

    /** A table-of-contents level: indented, page number at the right margin after a dotted leader. */
    TemplateStyleSpec tocEntry(int indentTwips, int textWidthTwips) {
        this.leftIndent = indentTwips;
        this.rightTab = textWidthTwips;
        return this;
    }

    /** Laid out by its own size, not snapped to the document grid (a title larger than the body would take two cells). */
    TemplateStyleSpec offGrid() {
        this.offGrid = true;
        return this;
    }

    XWPFStyle build() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        if (id.equals("Normal")) {
            style.setDefault(true);
        }
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        paragraphProperties(style.addNewPPr());
        runProperties(style.addNewRPr());
        return new XWPFStyle(style);
    }

    private void paragraphProperties(CTPPrGeneral properties) {
        if (outlineLevel != null) {
            properties.addNewKeepNext();
        }
        if (offGrid) {
            properties.addNewSnapToGrid().setVal(false);
        }
        if (rightTab != null) {
            CTTabStop tab = properties.addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(rightTab));
        }
        var spacing = properties.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(spaceBefore));
        spacing.setAfter(BigInteger.valueOf(spaceAfter));
        if (firstLineChars != null || leftIndent != null) {
            var indent = properties.addNewInd();
            if (leftIndent != null) {
                indent.setLeft(BigInteger.valueOf(leftIndent));
            }
            if (firstLineChars != null) {
                indent.setFirstLineChars(BigInteger.valueOf(firstLineChars));
            }
        }
        if (alignment != null) {
            properties.addNewJc().setVal(alignment);
        }
        if (outlineLevel != null) {
            properties.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
    }

    private void runProperties(CTRPr properties) {
        if (latinFont != null || eastAsianFont != null) {
            CTFonts fonts = properties.addNewRFonts();
            if (latinFont != null) {
                fonts.setAscii(latinFont);
                fonts.setHAnsi(latinFont);
            }
            if (eastAsianFont != null) {
                fonts.setEastAsia(eastAsianFont);
            }
        }
        if (bold) {
            properties.addNewB();
        }
        if (offGrid) {
            properties.addNewSnapToGrid().setVal(false);
        }
        if (color != null) {
            properties.addNewColor().setVal(color);
        }
        if (halfPoints > 0) {
            properties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            properties.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
    }
}
