package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The BPMN in processes/ and the names the Java code uses agree, and the file is complete the way Camunda Modeler
 * writes one (scripts/bpmn-tidy.mjs keeps it so; bpmnlint checks the rest in scripts/test.sh).
 */
class SurveyProcessModelTests {

    private static final File FILE = new File("processes/survey-investigation.bpmn");
    private static final Pattern DUE_DATE = Pattern.compile("\\$\\{deadlines\\.endOf\\((\\w+)\\)}");
    private static final Pattern STAGE_ENTRY = Pattern.compile("surveyStages\\.enter\\(\\s*execution\\s*,\\s*'([^']*)'\\s*\\)");
    /** How far, in diagram pixels, a label may sit from the shape or flow it names. */
    private static final double LABEL_REACH = 20;

    private final BpmnModelInstance model = Bpmn.readModelFromFile(FILE);

    @Test
    void everyUserTaskHasADueDateFromTheProcessVariables() {
        assertThat(model.getModelElementsByType(UserTask.class))
                .allSatisfy(task -> assertThat(task.getCamundaDueDate()).startsWith("${deadlines.endOf("));
    }

    @Test
    void everyFlowNodeListsExactlyTheSequenceFlowsThatEnterAndLeaveIt() {
        Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);

        assertThat(model.getModelElementsByType(FlowNode.class)).isNotEmpty().allSatisfy(node -> {
            assertThat(ids(node.getIncoming().stream())).as("incoming flows of %s", node.getId())
                    .containsExactlyInAnyOrderElementsOf(
                            ids(flows.stream().filter(flow -> flow.getTarget().getId().equals(node.getId()))));
            assertThat(ids(node.getOutgoing().stream())).as("outgoing flows of %s", node.getId())
                    .containsExactlyInAnyOrderElementsOf(
                            ids(flows.stream().filter(flow -> flow.getSource().getId().equals(node.getId()))));
        });
    }

    @Test
    void everyNamedEventGatewayAndSequenceFlowHasLabelBoundsInTheDiagram() {
        List<String> labelled = model.getModelElementsByType(FlowElement.class).stream()
                .filter(SurveyProcessModelTests::hasExternalLabel).map(FlowElement::getId).toList();

        assertThat(labelled).isNotEmpty().allSatisfy(id -> assertThat(labelOf(id)).as("label of %s", id)
                .isNotNull().extracting(BpmnLabel::getBounds).as("label bounds of %s", id).isNotNull());
    }

    @Test
    void everyLabelSitsBesideTheShapeOrFlowItNames() {
        assertThat(model.getModelElementsByType(BpmnShape.class)).filteredOn(shape -> shape.getBpmnLabel() != null)
                .isNotEmpty().allSatisfy(shape -> assertThat(distance(shape.getBpmnLabel().getBounds(), shape.getBounds()))
                        .as("label of %s", shape.getBpmnElement().getId()).isLessThanOrEqualTo(LABEL_REACH));
        assertThat(model.getModelElementsByType(BpmnEdge.class)).filteredOn(edge -> edge.getBpmnLabel() != null)
                .isNotEmpty().allSatisfy(edge -> assertThat(distance(edge.getBpmnLabel().getBounds(), edge.getWaypoints()))
                        .as("label of %s", edge.getBpmnElement().getId()).isLessThanOrEqualTo(LABEL_REACH));
    }

    @Test
    void everyUserTaskHasANonInterruptingReminderTimerAndOverdueTimer() {
        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> assertThat(timersOf(task))
                .as("timers on %s", task.getId()).hasSize(2)
                .allMatch(timer -> !timer.cancelActivity(), "leaves the task open")
                .extracting(this::delegateAfter)
                .containsExactlyInAnyOrder("${sendReminderDelegate}", "${escalateOverdueDelegate}"));
    }

    @Test
    void eachUserTasksTimersFallDueByThatTasksOwnDueDate() {
        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
            Matcher dueDate = DUE_DATE.matcher(task.getCamundaDueDate());
            assertThat(dueDate.matches()).as("due date of %s", task.getId()).isTrue();
            String due = dueDate.group(1);
            Map<String, String> timeDateByDelegate = timersOf(task).stream()
                    .collect(Collectors.toMap(this::delegateAfter, SurveyProcessModelTests::timeDateOf,
                            (one, other) -> one + " and " + other));

            assertThat(timeDateByDelegate).as("time dates of the timers on %s", task.getId()).containsOnly(
                    entry("${sendReminderDelegate}", "${deadlines.before(" + due + ", reminderLead)}"),
                    entry("${escalateOverdueDelegate}", "${deadlines.endOf(" + due + ")}"));
        });
    }

    /** The deadline night: see docs/adr/0009-concurrent-submissions.md. */
    @Test
    void eachFindingsTaskEndsInAnExclusiveJobOfItsOwnSoResearchersSubmittingAtOnceDoNotCollide() {
        UserTask findings = model.getModelElementById(SurveyProcess.SUBMIT_FINDINGS);
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) findings.getLoopCharacteristics();

        assertThat(loop.isSequential()).isFalse();
        assertThat(loop.isCamundaAsyncAfter()).as("asyncAfter on each instance, not on the whole task").isTrue();
        assertThat(loop.isCamundaExclusive()).isTrue();
        assertThat(findings.isCamundaAsyncAfter()).isFalse();
    }

    @Test
    void everyStageTheModelEntersIsASurveyStage() throws Exception {
        List<String> entered = new ArrayList<>();
        forEachValue(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(FILE).getDocumentElement(),
                value -> STAGE_ENTRY.matcher(value).results().forEach(entry -> entered.add(entry.group(1))));

        assertThat(entered).isNotEmpty().isSubsetOf(Arrays.stream(SurveyStage.values()).map(Enum::name).toList());
    }

    @Test
    void theFileNamesAsItsExporterAToolThatWritesFlowsAndLabelsCamundaModelerOrTheTidyScript() throws Exception {
        String version = new ObjectMapper().readTree(new File("package.json")).get("version").asText();
        Definitions definitions = model.getDefinitions();

        if ("Camunda Modeler".equals(definitions.getExporter())) {
            assertThat(definitions.getExporterVersion()).isNotBlank();
        } else {
            assertThat(definitions.getExporter()).as("Camunda Modeler, or scripts/bpmn-tidy.mjs (npm run bpmn:tidy)")
                    .isEqualTo("survey-workflow bpmn-tidy");
            assertThat(definitions.getExporterVersion()).as("the version of scripts/bpmn-tidy.mjs in package.json")
                    .isEqualTo(version);
        }
    }

    @Test
    void camundaModelerOpensTheFileAsACamunda7Diagram() {
        String modeler = "http://camunda.org/schema/modeler/1.0";
        Definitions definitions = model.getDefinitions();

        assertThat(definitions.getAttributeValueNs(modeler, "executionPlatform")).isEqualTo("Camunda Platform");
        assertThat(definitions.getAttributeValueNs(modeler, "executionPlatformVersion")).startsWith("7.");
    }

    private static List<String> ids(Stream<? extends BaseElement> elements) {
        return elements.map(BaseElement::getId).toList();
    }

    /** Events, gateways and flows are named beside their shape, on a label of their own (tasks inside it). */
    private static boolean hasExternalLabel(FlowElement element) {
        return (element instanceof Event || element instanceof Gateway || element instanceof SequenceFlow)
                && element.getName() != null && !element.getName().isBlank();
    }

    /** The label of the element's shape or edge; null when it has none or is not drawn. */
    private BpmnLabel labelOf(String elementId) {
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement().getId().equals(elementId)) {
                return shape.getBpmnLabel();
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement().getId().equals(elementId)) {
                return edge.getBpmnLabel();
            }
        }
        return null;
    }

    private List<BoundaryEvent> timersOf(UserTask task) {
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> event.getAttachedTo().getId().equals(task.getId()))
                .filter(event -> event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                .toList();
    }

    private static String timeDateOf(BoundaryEvent timer) {
        return timer.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(TimerEventDefinition.class::cast).findFirst().orElseThrow().getTimeDate().getTextContent();
    }

    /** The delegate of the service task a timer's path calls, found by the flows' sourceRef and targetRef. */
    private String delegateAfter(BoundaryEvent timer) {
        return model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getSource().getId().equals(timer.getId())).map(SequenceFlow::getTarget)
                .filter(ServiceTask.class::isInstance).map(ServiceTask.class::cast)
                .map(ServiceTask::getCamundaDelegateExpression).findFirst().orElse("no service task");
    }

    private static double distance(Bounds a, Bounds b) {
        return distance(a, b.getX(), b.getY(), b.getX() + b.getWidth(), b.getY() + b.getHeight());
    }

    private static double distance(Bounds label, Collection<Waypoint> waypoints) {
        List<Waypoint> points = List.copyOf(waypoints);
        double nearest = Double.MAX_VALUE;
        for (int i = 1; i < points.size(); i++) {
            Waypoint a = points.get(i - 1), b = points.get(i);
            nearest = Math.min(nearest, distance(label, Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                    Math.max(a.getX(), b.getX()), Math.max(a.getY(), b.getY())));
        }
        return nearest;
    }

    /** The gap between a box and the rectangle from (x1, y1) to (x2, y2); 0 when they touch or overlap. */
    private static double distance(Bounds box, double x1, double y1, double x2, double y2) {
        double dx = Math.max(0, Math.max(x1 - (box.getX() + box.getWidth()), box.getX() - x2));
        double dy = Math.max(0, Math.max(y1 - (box.getY() + box.getHeight()), box.getY() - y2));
        return Math.hypot(dx, dy);
    }

    /** Every attribute value and text of an element and the elements inside it. */
    private static void forEachValue(Element element, Consumer<String> action) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            action.accept(((Attr) attributes.item(i)).getValue());
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                forEachValue(inner, action);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                action.accept(child.getNodeValue());
            }
        }
    }
}
