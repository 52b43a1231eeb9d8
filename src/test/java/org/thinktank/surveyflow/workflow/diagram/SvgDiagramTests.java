package org.thinktank.surveyflow.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** The map drawn from the BPMN's DI: every step named as asked, done steps ticked, the current ones marked. */
class SvgDiagramTests {

    private static final Function<FlowElement, String> BY_NAME = FlowElement::getName;

    private final SvgDiagram diagram = new SvgDiagram(
            Bpmn.readModelFromFile(new File("processes/survey-investigation.bpmn")));

    @Test
    void drawsEveryUserTaskWithItsName() {
        String svg = diagram.render(MapProgress.NOT_STARTED, BY_NAME);

        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("data-element=\"submitFindings\"", "data-element=\"reviewReport\"",
                        "data-element=\"approveReport\"", ">Submit findings<");
    }

    @Test
    void namesStepsGatewaysAndBranchesAsItIsTold() {
        String svg = diagram.render(MapProgress.NOT_STARTED, element -> "步骤" + element.getId().length());

        assertThat(svg).doesNotContain(">Submit findings<", ">Organizer decides?<", ">all accept<")
                .contains("<text class=\"flow-label\"", ">步骤9<");
    }

    @Test
    void marksOnlyTheCurrentStepsAndAnchorsTheFirst() {
        String svg = diagram.render(new MapProgress(Set.of(), Set.of(SurveyProcess.REVIEW_REPORT)), BY_NAME);

        assertThat(svg).contains("data-element=\"reviewReport\" data-current=\"true\" id=\"map-current\""
                + " class=\"node task current\"");
        assertThat(svg.split("data-current", -1)).hasSize(2);
    }

    @Test
    void ticksTheDoneStepsAndLeavesTheOthersAhead() {
        String svg = diagram.render(new MapProgress(Set.of("launched", "submitFindings"), Set.of("draftReport")),
                BY_NAME);

        assertThat(svg).contains("data-element=\"submitFindings\" class=\"node task done\">",
                "data-element=\"launched\" class=\"node event done\">",
                "data-element=\"approveReport\" class=\"node task ahead\">");
        assertThat(svg.split("class=\"tick\"", -1)).hasSize(3);
    }

    @Test
    void drawsTimersWithAClockAndTheirName() {
        String svg = diagram.render(MapProgress.NOT_STARTED, BY_NAME);

        assertThat(svg).contains("data-element=\"findingsOverdueTimer\" class=\"node event timer ahead\">"
                + "<title>Findings overdue</title>", ">Findings overdue<");
        assertThat(svg.split("class=\"node event timer", -1)).hasSize(15);
    }

    @Test
    void fitsTheWidthItIsGivenKeepingItsProportions() {
        String svg = diagram.render(MapProgress.NOT_STARTED, BY_NAME);

        String root = svg.substring(0, svg.indexOf('>') + 1);
        assertThat(root).matches("<svg [^>]*viewBox=\"\\d+ \\d+ \\d+ \\d+\" width=\"100%\" class=\"bpmn\">")
                .doesNotContain("height");
        assertThat(svg).doesNotContain("style");
    }
}
