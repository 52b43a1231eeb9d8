package org.thinktank.surveyflow.survey;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

/** The history of each investigation, written by the features as things happen. */
@Service
public class SurveyHistory {

    private final SurveyEventRepository events;
    private final Clock clock;

    SurveyHistory(SurveyEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(long surveyId, String actor, SurveyEventKind kind, String detail) {
        events.insert(surveyId, clock.instant(), actor, kind, detail);
    }

    /** The history of a survey, whoever asks: for features that have checked access already. */
    public List<SurveyEvent> ofUnchecked(long surveyId) {
        return events.ofSurvey(surveyId);
    }
}
