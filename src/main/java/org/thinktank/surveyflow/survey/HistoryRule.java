package org.thinktank.surveyflow.survey;

import java.util.List;

import org.thinktank.surveyflow.security.Actor;

/**
 * Which entries of an investigation's history a reader sees, for entries that describe something with a visibility
 * of its own: a report version, a review. The feature that owns the thing owns the rule and applies the same rule it
 * applies to the thing itself; {@link SurveyHistory#visibleTo} applies every rule, so no entry tells a reader more
 * than the thing it describes would.
 */
public interface HistoryRule {

    /**
     * The entries as this reader may see them: each kept, left out, or replaced by one that tells less. Entries of
     * kinds the rule is not about pass unchanged.
     */
    List<SurveyEvent> apply(Survey survey, Actor reader, List<SurveyEvent> entries);
}
