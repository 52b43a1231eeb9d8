package org.thinktank.surveyflow.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.workflow.SurveyProcess;

/** The diagram drawn from the BPMN's DI: every step is drawn, the current ones marked. */
class SvgDiagramTests {

    private final SvgDiagram diagram = new SvgDiagram(
            Bpmn.readModelFromFile(new File("processes/survey-investigation.bpmn")));

    @Test
    void drawsEveryUserTaskWithItsName() {
        String svg = diagram.render(List.of());

        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("data-element=\"submitFindings\"", "data-element=\"reviewReport\"",
                        "data-element=\"approveReport\"", ">Submit<", ">findings<");
    }

    @Test
    void marksOnlyTheCurrentSteps() {
        String svg = diagram.render(List.of(SurveyProcess.REVIEW_REPORT));

        assertThat(svg).contains("data-element=\"reviewReport\" data-current=\"true\"");
        assertThat(svg.split("data-current", -1)).hasSize(2);
    }
}
