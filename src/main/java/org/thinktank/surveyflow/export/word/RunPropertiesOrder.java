package org.thinktank.surveyflow.export.word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.Node;

/**
 * Puts the children of every run's properties ({@code w:rPr}) in the order the WordprocessingML schema gives them.
 * POI appends each property in the order it is set (its schema lets them come in any order), but Word's stricter
 * readers and the schema of the first edition of ECMA-376 expect a sequence: fonts before bold before language.
 */
final class RunPropertiesOrder {

    private static final List<String> SEQUENCE = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
            "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
            "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
            "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
            "specVanish", "oMath", "rPrChange");
    private static final String RUN_PROPERTIES =
            "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:rPr";

    private RunPropertiesOrder() {
    }

    static void normalize(XWPFDocument document) {
        normalize(document.getDocument());
        if (document.getStyles() != null) {
            document.getStyles().getStyles().forEach(style -> normalize(style.getCTStyle()));
        }
        for (XWPFHeader header : document.getHeaderList()) {
            normalize(header._getHdrFtr());
        }
        for (XWPFFooter footer : document.getFooterList()) {
            normalize(footer._getHdrFtr());
        }
    }

    private static void normalize(XmlObject part) {
        for (XmlObject properties : part.selectPath(RUN_PROPERTIES)) {
            sort(properties.getDomNode());
        }
    }

    private static void sort(Node properties) {
        List<Node> children = new ArrayList<>();
        for (Node child = properties.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                children.add(child);
            }
        }
        List<Node> sorted = new ArrayList<>(children);
        sorted.sort(Comparator.comparingInt(RunPropertiesOrder::position));
        if (sorted.equals(children)) {
            return;
        }
        children.forEach(properties::removeChild);
        sorted.forEach(properties::appendChild);
    }

    private static int position(Node element) {
        int position = SEQUENCE.indexOf(element.getLocalName());
        return position < 0 ? SEQUENCE.size() : position;
    }
}
