package org.thinktank.surveyflow.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.thinktank.surveyflow.questionnaire.reading.DatasetRows;

/**
 * The first and only pass over a dataset for its summary: tallies every answer column as the rows stream by, then
 * decides each question's kind and summarises it.
 */
final class DatasetTally implements DatasetRows {

    private List<String> header;
    private final Set<Integer> metadata = new HashSet<>();
    private ColumnTally[] tallies;
    private List<OptionColumns.Candidate> candidates;
    private long[] candidateAnswers;
    private long respondents;

    @Override
    public void header(List<String> names) {
        header = names;
        tallies = new ColumnTally[names.size()];
        for (int column = 0; column < names.size(); column++) {
            if (MetadataColumns.isMetadata(names.get(column))) {
                metadata.add(column);
            } else {
                tallies[column] = new ColumnTally();
            }
        }
        candidates = OptionColumns.candidates(names, metadata);
        candidateAnswers = new long[candidates.size()];
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
        respondents++;
        for (int column = 0; column < cells.size(); column++) {
            String answer = Answers.of(cells.get(column));
            if (tallies[column] != null && !answer.isEmpty()) {
                tallies[column].add(answer);
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).columns().stream().anyMatch(column -> !Answers.of(cells.get(column)).isEmpty())) {
                candidateAnswers[i]++;
            }
        }
    }

    /** The questions in column order, a multiple choice over several columns at the place of its first. */
    List<DatasetQuestion> questions() {
        List<DatasetQuestion> questions = new ArrayList<>();
        Set<Integer> grouped = new HashSet<>();
        List<DatasetQuestion> groups = new ArrayList<>();
        for (OptionColumns.Candidate candidate : candidates) {
            List<Integer> ticks = candidate.columns().stream().filter(c -> OptionColumns.holdsTicks(tallies[c])).toList();
            if (ticks.size() >= 2) {
                grouped.addAll(ticks);
                if (candidate.parent() >= 0) {
                    grouped.add(candidate.parent());
                }
                List<String> options = ticks.stream().map(c -> candidate.options().get(candidate.columns().indexOf(c))).toList();
                groups.add(new DatasetQuestion(candidate.question(), QuestionKind.MULTIPLE_CHOICE,
                        ticks.stream().mapToInt(Integer::intValue).toArray(), options));
            }
        }
        for (int column = 0; column < header.size(); column++) {
            int at = column;
            groups.stream().filter(group -> group.columns()[0] == at).findFirst().ifPresent(questions::add);
            if (!metadata.contains(column) && !grouped.contains(column)) {
                questions.add(KindDetection.detect(header.get(column), column, tallies[column]));
            }
        }
        return questions;
    }

    DatasetSummary summary() {
        List<QuestionSummary> summaries = questions().stream().map(this::summary).toList();
        List<String> hidden = metadata.stream().sorted().map(header::get).toList();
        return new DatasetSummary(respondents, summaries, hidden);
    }

    private QuestionSummary summary(DatasetQuestion question) {
        if (question.spreadOverColumns()) {
            long answers = answersAcross(question);
            return QuestionSummaries.ofOptionColumns(question, answers, tallies);
        }
        return QuestionSummaries.of(question, tallies[question.columns()[0]]);
    }

    private long answersAcross(DatasetQuestion question) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).columns().contains(question.columns()[0])) {
                return candidateAnswers[i];
            }
        }
        return 0;
    }
}
