package org.thinktank.surveyflow.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Summarises a detected question from its tallies. Options of a choice are listed most chosen first (the dataset
 * does not say in which order the questionnaire listed them); a multiple choice over several columns keeps the
 * columns' order, and a scale its points' order, lowest first, each point listed even when nobody chose it.
 */
final class QuestionSummaries {

    private QuestionSummaries() {
    }

    static QuestionSummary ofOptionColumns(DatasetQuestion question, long answers, ColumnTally[] tallies) {
        List<OptionCount> options = new ArrayList<>();
        for (int i = 0; i < question.columns().length; i++) {
            long ticked = tallies[question.columns()[i]].counts().entrySet().stream()
                    .filter(entry -> OptionColumns.isTicked(entry.getKey())).mapToLong(Map.Entry::getValue).sum();
            options.add(option(question.points().get(i), ticked, answers));
        }
        return new QuestionSummary(question.name(), QuestionKind.MULTIPLE_CHOICE, answers, options, null, List.of());
    }

    static QuestionSummary of(DatasetQuestion question, ColumnTally tally) {
        long answers = tally.answers();
        return switch (question.kind()) {
            case MULTIPLE_CHOICE -> summary(question, answers, mostChosenFirst(tally.separatedOptions(), answers), null);
            case SINGLE_CHOICE -> summary(question, answers, mostChosenFirst(tally.counts(), answers), null);
            case NUMBER -> summary(question, answers, List.of(), Spreads.of(tally.numbers()));
            case LIKERT -> scale(question, tally);
            case FREE_TEXT -> new QuestionSummary(question.name(), QuestionKind.FREE_TEXT, answers, List.of(), null,
                    tally.sample());
        };
    }

    private static QuestionSummary scale(DatasetQuestion question, ColumnTally tally) {
        long[] perPoint = new long[question.points().size()];
        tally.counts().forEach((answer, count) -> {
            int position = LikertScales.position(question.points(), answer);
            int point = position > 0 ? position : question.points().indexOf(Answers.scalePoint(answer)) + 1;
            if (point > 0) {
                perPoint[point - 1] += count;
            }
        });
        long answers = tally.answers();
        List<OptionCount> options = new ArrayList<>();
        for (int i = 0; i < perPoint.length; i++) {
            options.add(option(question.points().get(i), perPoint[i], answers));
        }
        NumberSpread spread = tally.allNumbers() ? Spreads.of(tally.numbers()) : Spreads.ofPoints(perPoint);
        return summary(question, answers, options, spread);
    }

    private static List<OptionCount> mostChosenFirst(Map<String, Long> counts, long answers) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> option(entry.getKey(), entry.getValue(), answers)).toList();
    }

    private static OptionCount option(String option, long count, long answers) {
        return new OptionCount(option, count, answers == 0 ? 0 : (double) count / answers);
    }

    private static QuestionSummary summary(DatasetQuestion question, long answers, List<OptionCount> options,
                                           NumberSpread spread) {
        return new QuestionSummary(question.name(), question.kind(), answers, options, spread, List.of());
    }
}
