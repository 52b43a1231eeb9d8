package org.thinktank.surveyflow.workflow.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/** Draws a BPMN model's shapes and edges from its DI as plain SVG: events as circles, gateways as diamonds. */
final class SvgDiagram {

    private static final int MARGIN = 20;
    private static final int CHARS_PER_LINE = 14;

    private final BpmnModelInstance model;

    SvgDiagram(BpmnModelInstance model) {
        this.model = model;
    }

    String render(Collection<String> highlighted) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
        }
        for (BpmnEdge edge : edges) {
            for (Waypoint w : edge.getWaypoints()) {
                minX = Math.min(minX, w.getX());
                minY = Math.min(minY, w.getY());
                maxX = Math.max(maxX, w.getX());
                maxY = Math.max(maxY, w.getY());
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\" role=\"img\" class=\"bpmn\">",
                minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker></defs>");
        svg.append("<style>.bpmn text{font:11px sans-serif;fill:#222}.bpmn .step{fill:#fff;stroke:#444;stroke-width:1.5}"
                + ".bpmn .current{fill:#ffe58a;stroke:#c27c00;stroke-width:4}.bpmn .flow{fill:none;stroke:#444;stroke-width:1.2}</style>");
        for (BpmnEdge edge : edges) {
            List<String> points = new ArrayList<>();
            edge.getWaypoints().forEach(w -> points.add(String.format(Locale.ROOT, "%.0f,%.0f", w.getX(), w.getY())));
            svg.append("<polyline class=\"flow\" marker-end=\"url(#arrow)\" points=\"")
                    .append(String.join(" ", points)).append("\"/>");
        }
        for (BpmnShape shape : shapes) {
            drawShape(svg, shape, highlighted);
        }
        return svg.append("</svg>").toString();
    }

    private void drawShape(StringBuilder svg, BpmnShape shape, Collection<String> highlighted) {
        BaseElement element = shape.getBpmnElement();
        if (!(element instanceof FlowElement flowElement)) {
            return;
        }
        Bounds b = shape.getBounds();
        boolean current = highlighted.contains(element.getId());
        String css = current ? "step current" : "step";
        double cx = b.getX() + b.getWidth() / 2, cy = b.getY() + b.getHeight() / 2;
        svg.append("<g data-element=\"").append(escape(element.getId())).append('"')
                .append(current ? " data-current=\"true\"" : "").append('>');
        if (flowElement.getName() != null) {
            svg.append("<title>").append(escape(flowElement.getName())).append("</title>");
        }
        if (element instanceof Event) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\"/>", css, cx, cy,
                    b.getWidth() / 2));
            if (!(element instanceof BoundaryEvent)) {
                label(svg, flowElement.getName(), cx, b.getY() + b.getHeight() + 14);
            }
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon class=\"%s\" points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\"/>",
                    css, cx, b.getY(), b.getX() + b.getWidth(), cy, cx, b.getY() + b.getHeight(), b.getX(), cy));
        } else {
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"%s\" x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\"/>", css, b.getX(),
                    b.getY(), b.getWidth(), b.getHeight()));
            label(svg, flowElement.getName(), cx, cy);
        }
        svg.append("</g>");
    }

    private static void label(StringBuilder svg, String name, double x, double y) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> lines = wrap(name);
        double top = y - (lines.size() - 1) * 7;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" dominant-baseline=\"middle\">",
                    x, top + i * 14)).append(escape(lines.get(i))).append("</text>");
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > CHARS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
