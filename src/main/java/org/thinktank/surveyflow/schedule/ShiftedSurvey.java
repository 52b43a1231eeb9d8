package org.thinktank.surveyflow.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.thinktank.surveyflow.survey.DueDates;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyStage;

/** An open investigation's deadlines before and after a shift: the done steps' stay, the open ones' move. */
public record ShiftedSurvey(long id, String businessKey, String topic, SurveyStage stage, DueDates before,
                            DueDates after) {

    static ShiftedSurvey of(Survey survey, long days) {
        return new ShiftedSurvey(survey.id(), survey.businessKey(), survey.topic(), survey.stage(),
                survey.dueDates(), survey.dueDates().shiftedFrom(survey.stage(), days));
    }

    /** The deadlines that move, by name ({@code draftDue}...), with their new dates. */
    public Map<String, LocalDate> moved() {
        Map<String, LocalDate> old = before.byName();
        return after.byName().entrySet().stream().filter(due -> !due.getValue().equals(old.get(due.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
    }
}
