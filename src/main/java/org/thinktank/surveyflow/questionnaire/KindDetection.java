package org.thinktank.surveyflow.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Decides what a single column holds from its answers, in this order: options separated by ┋ are a multiple choice;
 * integers from 1 to at most 7 with at least three different values are a scale (1–5 when none is above 5, else
 * 1–7); other numbers are a number; answers that are all points of a known scale are that scale; at most
 * {@value #MAX_OPTIONS} different answers are a single choice when they repeat (at least two answers per option on
 * average) or are short (at most {@value #SHORT_OPTION} characters); anything else is free text.
 */
final class KindDetection {

    static final int MAX_OPTIONS = 30;
    static final int SHORT_OPTION = 12;
    private static final int MIN_SCALE_VALUES = 3;

    private KindDetection() {
    }

    static DatasetQuestion detect(String name, int column, ColumnTally tally) {
        if (tally.answers() == 0) {
            return DatasetQuestion.of(name, QuestionKind.FREE_TEXT, column, List.of());
        }
        if (tally.separated()) {
            return DatasetQuestion.of(name, QuestionKind.MULTIPLE_CHOICE, column, List.of());
        }
        if (tally.allNumbers()) {
            return numeric(name, column, tally);
        }
        Optional<List<String>> scale = tally.tooManyDistinct() ? Optional.empty() : LikertScales.of(tally.counts().keySet());
        if (scale.isPresent()) {
            return DatasetQuestion.of(name, QuestionKind.LIKERT, column, scale.get());
        }
        int distinct = tally.counts().size();
        boolean choice = !tally.tooManyDistinct() && distinct <= MAX_OPTIONS
                && (tally.answers() >= 2L * distinct || tally.longest() <= SHORT_OPTION);
        return DatasetQuestion.of(name, choice ? QuestionKind.SINGLE_CHOICE : QuestionKind.FREE_TEXT, column, List.of());
    }

    private static DatasetQuestion numeric(String name, int column, ColumnTally tally) {
        double[] numbers = tally.numbers();
        double min = IntStream.range(0, numbers.length).mapToDouble(i -> numbers[i]).min().orElse(0);
        double max = IntStream.range(0, numbers.length).mapToDouble(i -> numbers[i]).max().orElse(0);
        long distinct = tally.tooManyDistinct() ? Long.MAX_VALUE
                : tally.counts().keySet().stream().map(Answers::scalePoint).distinct().count();
        if (tally.allIntegers() && min >= 1 && max <= 7 && distinct >= MIN_SCALE_VALUES) {
            int points = max <= 5 ? 5 : 7;
            return DatasetQuestion.of(name, QuestionKind.LIKERT, column,
                    IntStream.rangeClosed(1, points).mapToObj(String::valueOf).toList());
        }
        return DatasetQuestion.of(name, QuestionKind.NUMBER, column, List.of());
    }
}
