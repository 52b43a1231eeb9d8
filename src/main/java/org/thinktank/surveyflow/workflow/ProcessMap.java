package org.thinktank.surveyflow.workflow;

import java.util.List;

/**
 * An investigation's process drawn for the page, in the reader's language.
 *
 * @param svg the map as an SVG element styled by the pages' classes (css/process-map.css)
 * @param currentSteps the names of the steps it is at (its end once it ended)
 */
public record ProcessMap(String svg, List<String> currentSteps) {
}
