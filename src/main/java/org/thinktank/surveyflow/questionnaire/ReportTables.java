package org.thinktank.surveyflow.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;

/**
 * The questionnaire data as the exports render it; their callers have checked who asks. Free-text answers are
 * personal data: they never reach the report, and the workbook's raw rows are the organizers' copy only.
 */
@Service
public class ReportTables {

    private final ReportTableChoices choices;
    private final DatasetRepository datasets;
    private final DatasetReading reading;
    private final SurveyRegistry surveys;

    ReportTables(ReportTableChoices choices, DatasetRepository datasets, DatasetReading reading,
                 SurveyRegistry surveys) {
        this.choices = choices;
        this.datasets = datasets;
        this.reading = reading;
        this.surveys = surveys;
    }

    /** The tables the lead chose for the study report, in their order, cross tables computed, without free text. */
    public List<ReportTable> forReport(long surveyId) {
        List<ChosenTable> chosen = choices.ofSurveyUnchecked(surveyId);
        Map<Long, Dataset> byId = datasets.ofSurvey(surveyId).stream()
                .collect(Collectors.toMap(Dataset::id, Function.identity()));
        return chosen.stream().map(table -> reportTable(table, byId.get(table.datasetId()))).toList();
    }

    /** Every dataset of the meeting's investigations; the raw rows, read from the stored file, only when asked. */
    public List<DatasetSheet> forWorkbook(long meetingId, boolean withRaw) {
        Map<Long, String> keys = surveys.ofMeetingUnchecked(meetingId).stream()
                .collect(Collectors.toMap(Survey::id, Survey::businessKey));
        return datasets.ofMeeting(meetingId).stream().map(dataset -> new DatasetSheet(keys.get(dataset.surveyId()),
                dataset.title(), withoutSamples(datasets.summary(dataset.id())),
                withRaw ? reading.raw(dataset.fileName(), () -> datasets.content(dataset.id())) : null)).toList();
    }

    private ReportTable reportTable(ChosenTable table, Dataset dataset) {
        QuestionSummary summary = datasets.summary(dataset.id()).questions().stream()
                .filter(question -> question.question().equals(table.question())).findFirst().orElseThrow();
        CrossTable cross = table.byQuestion() == null ? null : reading.cross(dataset.fileName(),
                datasets.content(dataset.id()), table.question(), table.byQuestion());
        return new ReportTable(table.title(), table.caption(), dataset.title(), withoutSamples(summary), cross,
                table.chart());
    }

    private static DatasetSummary withoutSamples(DatasetSummary summary) {
        return new DatasetSummary(summary.respondents(),
                summary.questions().stream().map(ReportTables::withoutSamples).toList(), summary.hiddenColumns());
    }

    private static QuestionSummary withoutSamples(QuestionSummary question) {
        return new QuestionSummary(question.question(), question.kind(), question.answers(), question.options(),
                question.spread(), List.of());
    }
}
