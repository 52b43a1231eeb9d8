package org.thinktank.surveyflow.questionnaire;

import java.util.List;

/**
 * The datasets of an investigation as its page shows them.
 *
 * @param shown     false for those who may not read them (reviewers), who see no section at all
 * @param mayUpload the reader is on the team and the investigation still takes data
 */
public record DatasetShelf(boolean shown, boolean mayUpload, List<Dataset> datasets) {
}
