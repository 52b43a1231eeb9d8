package org.thinktank.surveyflow.workflow.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.diagram.ProcessDiagram;

/** The investigation's BPMN diagram with its current step highlighted, for the investigation page. */
@PageController
class ProcessDiagramWebController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

    private final ProcessDiagram diagram;

    ProcessDiagramWebController(ProcessDiagram diagram) {
        this.diagram = diagram;
    }

    @GetMapping("/surveys/{surveyId}/diagram.svg")
    ResponseEntity<String> diagram(Actor actor, @PathVariable long surveyId) {
        return ResponseEntity.ok().contentType(SVG).body(diagram.svgOf(surveyId, actor));
    }
}
