package org.thinktank.surveyflow.export.word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts a run's properties back in the order of the WordprocessingML schema (CT_RPr is a sequence: rFonts before b,
 * colour before size, lang near the end). POI appends a property it adds after those already there, which strict
 * readers refuse; this matters when a template's run already had properties and the cover fill adds a font or a tag.
 */
final class RunPropertyOrder {

    private static final List<String> SCHEMA_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
            "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
            "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
            "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
            "oMath", "rPrChange");

    private RunPropertyOrder() {
    }

    static void restore(CTRPr properties) {
        Node parent = properties.getDomNode();
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        List<Element> ordered = new ArrayList<>(children);
        ordered.sort(Comparator.comparingInt(RunPropertyOrder::position));
        if (ordered.equals(children)) {
            return;
        }
        ordered.forEach(parent::removeChild);
        ordered.forEach(parent::appendChild);
    }

    private static int position(Element element) {
        int index = SCHEMA_ORDER.indexOf(element.getLocalName());
        return index < 0 ? SCHEMA_ORDER.size() : index;
    }
}
