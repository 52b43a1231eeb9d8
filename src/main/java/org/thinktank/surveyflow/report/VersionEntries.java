package org.thinktank.surveyflow.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.HistoryRule;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyEvent;

/**
 * An entry about a report version is shown only to readers who may read that version ({@link ReportArchive}'s
 * rule): while a recalled version is a draft again, only the team sees that it was submitted and recalled.
 */
@Component
class VersionEntries implements HistoryRule {

    private final ReportRepository versions;

    VersionEntries(ReportRepository versions) {
        this.versions = versions;
    }

    @Override
    public List<SurveyEvent> apply(Survey survey, Actor reader, List<SurveyEvent> entries) {
        if (entries.stream().map(SurveyEvent::versionNumber).allMatch(Objects::isNull)) {
            return entries;
        }
        Map<Integer, ReportVersion> byNumber = versions.all(survey.id()).stream()
                .collect(Collectors.toMap(ReportVersion::number, Function.identity()));
        return entries.stream().filter(entry -> entry.versionNumber() == null
                || byNumber.containsKey(entry.versionNumber())
                && ReportArchive.mayRead(survey, byNumber.get(entry.versionNumber()), reader)).toList();
    }
}
