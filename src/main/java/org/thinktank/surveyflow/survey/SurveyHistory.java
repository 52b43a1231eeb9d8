package org.thinktank.surveyflow.survey;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/**
 * The history of each investigation, written by the features as things happen. Readers see each entry only as far
 * as they may see what it describes ({@link HistoryRule}).
 */
@Service
public class SurveyHistory {

    private final SurveyEventRepository events;
    private final Clock clock;
    // looked up when read: the features that own the rules write history themselves
    private final ObjectProvider<HistoryRule> rules;

    SurveyHistory(SurveyEventRepository events, Clock clock, ObjectProvider<HistoryRule> rules) {
        this.events = events;
        this.clock = clock;
        this.rules = rules;
    }

    public void record(long surveyId, String actor, SurveyEventKind kind, String detail) {
        events.insert(surveyId, clock.instant(), actor, kind, detail, null);
    }

    /** Records an entry about one version of the report (its submission, a review of it, a decision on it). */
    public void recordAboutVersion(long surveyId, String actor, SurveyEventKind kind, int versionNumber,
                                   String detail) {
        events.insert(surveyId, clock.instant(), actor, kind, detail, versionNumber);
    }

    /** The history of a survey as this reader may see it; the caller has checked that they may see the survey. */
    public List<SurveyEvent> visibleTo(Survey survey, Actor reader) {
        List<SurveyEvent> entries = events.ofSurvey(survey.id()).stream()
                .filter(entry -> !entry.kind().forOrganizersOnly() || reader.is(Role.ORGANIZER)).toList();
        for (HistoryRule rule : rules.orderedStream().toList()) {
            entries = rule.apply(survey, reader, entries);
        }
        return entries;
    }

    /** The history of a survey, whoever asks: for features that have checked that the reader is an organizer. */
    public List<SurveyEvent> ofUnchecked(long surveyId) {
        return events.ofSurvey(surveyId);
    }
}
