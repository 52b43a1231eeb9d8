package org.thinktank.surveyflow.workflow.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN model from its DI as plain SVG for the page to style (classes only, no styles of its own): tasks as
 * rounded boxes, events as circles (timers with a clock, messages with an envelope), gateways as diamonds, the
 * names of steps, gateways and branches where the DI puts them, each step marked done (ticked), current or ahead.
 */
public final class SvgDiagram {

    private static final int MARGIN = 20;
    private static final double LABEL_WIDTH = 84;

    private final BpmnModelInstance model;

    public SvgDiagram(BpmnModelInstance model) {
        this.model = model;
    }

    /**
     * @param labelOf an element's name in the reader's language, or null to show none (sequence flows: only those
     *                named in the model are asked)
     */
    public String render(MapProgress progress, Function<FlowElement, String> labelOf) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        StringBuilder svg = new StringBuilder(viewBoxOf(shapes, edges));
        svg.append("<defs><marker id=\"map-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"arrow-head\" d=\"M0,0 L10,5 L0,10 z\"/>"
                + "</marker></defs>");
        for (BpmnEdge edge : edges) {
            drawEdge(svg, edge, labelOf);
        }
        boolean[] currentSeen = {false};
        shapes.stream().filter(shape -> !(shape.getBpmnElement() instanceof BoundaryEvent))
                .forEach(shape -> drawShape(svg, shape, progress, labelOf, currentSeen));
        shapes.stream().filter(shape -> shape.getBpmnElement() instanceof BoundaryEvent)
                .forEach(shape -> drawShape(svg, shape, progress, labelOf, currentSeen));
        return svg.append("</svg>").toString();
    }

    private static String viewBoxOf(Collection<BpmnShape> shapes, Collection<BpmnEdge> edges) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
        List<Bounds> boxes = new ArrayList<>();
        shapes.forEach(shape -> {
            boxes.add(shape.getBounds());
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                boxes.add(shape.getBpmnLabel().getBounds());
            }
        });
        for (Bounds b : boxes) {
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
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\""
                        + " width=\"100%%\" class=\"bpmn\">", minX - MARGIN, minY - MARGIN,
                maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN);
    }

    private static void drawEdge(StringBuilder svg, BpmnEdge edge, Function<FlowElement, String> labelOf) {
        List<String> points = new ArrayList<>();
        edge.getWaypoints().forEach(w -> points.add(String.format(Locale.ROOT, "%.0f,%.0f", w.getX(), w.getY())));
        svg.append("<polyline class=\"flow\" marker-end=\"url(#map-arrow)\" points=\"")
                .append(String.join(" ", points)).append("\"/>");
        if (edge.getBpmnElement() instanceof SequenceFlow flow && flow.getName() != null && edge.getBpmnLabel() != null) {
            Bounds at = edge.getBpmnLabel().getBounds();
            label(svg, "flow-label", labelOf.apply(flow), at.getX() + at.getWidth() / 2, at.getY() + at.getHeight() / 2,
                    Math.max(at.getWidth(), 60));
        }
    }

    private static void drawShape(StringBuilder svg, BpmnShape shape, MapProgress progress,
                                  Function<FlowElement, String> labelOf, boolean[] currentSeen) {
        BaseElement element = shape.getBpmnElement();
        if (!(element instanceof FlowElement flowElement)) {
            return;
        }
        Bounds b = shape.getBounds();
        String state = progress.stateOf(element.getId());
        String name = labelOf.apply(flowElement);
        svg.append("<g data-element=\"").append(escape(element.getId())).append('"');
        if (state.equals("current")) {
            svg.append(" data-current=\"true\"").append(currentSeen[0] ? "" : " id=\"map-current\"");
            currentSeen[0] = true;
        }
        svg.append(" class=\"node ").append(kindOf(element)).append(' ').append(state).append("\">");
        if (name != null) {
            svg.append("<title>").append(escape(name)).append("</title>");
        }
        double cx = b.getX() + b.getWidth() / 2, cy = b.getY() + b.getHeight() / 2;
        if (element instanceof Event) {
            drawEvent(svg, element, cx, cy, b.getWidth() / 2);
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon class=\"shape\" points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\"/>",
                    cx, b.getY(), b.getX() + b.getWidth(), cy, cx, b.getY() + b.getHeight(), b.getX(), cy));
            svg.append(String.format(Locale.ROOT, "<path class=\"symbol\" d=\"M%.0f,%.0f l12,12 m0,-12 l-12,12\"/>",
                    cx - 6, cy - 6));
        } else {
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"shape\" x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\"/>", b.getX(),
                    b.getY(), b.getWidth(), b.getHeight()));
        }
        BpmnLabel di = shape.getBpmnLabel();
        if (element instanceof Activity) {
            label(svg, "label", name, cx, cy, b.getWidth() - 8);
        } else if (di != null && di.getBounds() != null) {
            Bounds at = di.getBounds();
            label(svg, "label", name, at.getX() + at.getWidth() / 2, at.getY() + at.getHeight() / 2,
                    Math.max(at.getWidth(), LABEL_WIDTH));
        } else {
            label(svg, "label", name, cx, b.getY() + b.getHeight() + 14, LABEL_WIDTH);
        }
        if (state.equals("done")) {
            svg.append(String.format(Locale.ROOT, "<g class=\"tick\"><circle cx=\"%.0f\" cy=\"%.0f\" r=\"8\"/>"
                    + "<path d=\"M%.0f,%.0f l3,3 l6,-7\"/></g>", b.getX() + b.getWidth() - 2, b.getY() + 2,
                    b.getX() + b.getWidth() - 6, b.getY() + 2));
        }
        svg.append("</g>");
    }

    private static String kindOf(BaseElement element) {
        if (element instanceof Activity) {
            return "task";
        }
        if (element instanceof Gateway) {
            return "gateway";
        }
        if (isTimer(element)) {
            return "event timer";
        }
        return element instanceof EndEvent ? "event end" : "event";
    }

    private static boolean isTimer(BaseElement element) {
        return element instanceof Event && !element.getChildElementsByType(TimerEventDefinition.class).isEmpty();
    }

    private static void drawEvent(StringBuilder svg, BaseElement event, double cx, double cy, double r) {
        svg.append(String.format(Locale.ROOT, "<circle class=\"shape\" cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\"/>", cx, cy, r));
        if (isTimer(event)) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"symbol\" cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\"/>"
                    + "<circle class=\"symbol\" cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\"/>"
                    + "<path class=\"symbol\" d=\"M%.0f,%.0f v%.0f h%.0f\"/>",
                    cx, cy, r - 3, cx, cy, r - 8, cx, cy - r + 11, r - 11, r - 13));
        } else if (!event.getChildElementsByType(MessageEventDefinition.class).isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"symbol\" cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\"/>"
                    + "<path class=\"symbol\" d=\"M%.0f,%.0f h18 v12 h-18 z l9,6 l9,-6\"/>",
                    cx, cy, r - 3, cx - 9, cy - 6));
        }
    }

    private static void label(StringBuilder svg, String css, String name, double x, double y, double maxWidth) {
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> lines = LabelLines.wrap(name, maxWidth);
        double lineHeight = LabelLines.FONT_SIZE + 3;
        double top = y - (lines.size() - 1) * lineHeight / 2;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\""
                    + " dominant-baseline=\"middle\">", css, x, top + i * lineHeight))
                    .append(escape(lines.get(i))).append("</text>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
