package org.thinktank.surveyflow.workflow.web;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.ProcessMaps;

/**
 * The investigation's process map as an SVG file of its own, to open at full size (the investigation page shows the
 * same map within the page). It takes the pages' map styles from the stylesheet beside them.
 */
@PageController
class ProcessDiagramWebController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");
    /** Relative to /surveys/{id}/diagram.svg, so it holds under any context path. */
    private static final String STYLESHEET = "<?xml-stylesheet type=\"text/css\" href=\"../../css/process-map.css\"?>";

    private final ProcessMaps maps;

    ProcessDiagramWebController(ProcessMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/surveys/{surveyId}/diagram.svg")
    ResponseEntity<String> diagram(Actor actor, @PathVariable long surveyId, Locale locale) {
        return ResponseEntity.ok().contentType(SVG).body(STYLESHEET + maps.of(surveyId, actor, locale).svg());
    }
}
