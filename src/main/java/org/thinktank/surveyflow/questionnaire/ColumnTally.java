package org.thinktank.surveyflow.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one column's answers were, kept small whatever the number of respondents: a count per distinct answer (at most
 * {@value #MAX_DISTINCT} of them, beyond which the column cannot be a choice), the answers as numbers while every one
 * is a number, the options of "A┋B" answers, and the first few answers as a sample.
 */
final class ColumnTally {

    static final int MAX_DISTINCT = 200;
    static final int SAMPLE_SIZE = 5;
    /** Wenjuanxing's separator between the options of a multiple choice written in one column. */
    static final String OPTION_SEPARATOR = "┋";

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, long[]> separatedOptions = new LinkedHashMap<>();
    private final List<String> sample = new ArrayList<>();
    private double[] numbers = new double[64];
    private int numberCount;
    private boolean allNumbers = true;
    private boolean allIntegers = true;
    private boolean tooManyDistinct;
    private boolean separated;
    private int longest;
    private long answers;

    void add(String answer) {
        answers++;
        longest = Math.max(longest, answer.length());
        if (sample.size() < SAMPLE_SIZE && !sample.contains(answer)) {
            sample.add(answer);
        }
        count(counts, answer);
        if (answer.contains(OPTION_SEPARATOR)) {
            separated = true;
        }
        for (String option : answer.split(OPTION_SEPARATOR)) {
            if (!option.isBlank()) {
                count(separatedOptions, option.strip());
            }
        }
        if (allNumbers) {
            addNumber(answer);
        }
    }

    private void count(Map<String, long[]> tally, String key) {
        long[] count = tally.get(key);
        if (count != null) {
            count[0]++;
        } else if (tally.size() < MAX_DISTINCT) {
            tally.put(key, new long[] {1});
        } else {
            tooManyDistinct = true;
        }
    }

    private void addNumber(String answer) {
        if (!NUMBER.matcher(answer).matches()) {
            allNumbers = false;
            numbers = null;
            return;
        }
        double value = Double.parseDouble(answer);
        allIntegers &= value == Math.rint(value);
        if (numberCount == numbers.length) {
            numbers = Arrays.copyOf(numbers, numberCount * 2);
        }
        numbers[numberCount++] = value;
    }

    long answers() {
        return answers;
    }

    /** Each distinct answer with how many gave it, in the order first seen; partial when {@link #tooManyDistinct()}. */
    Map<String, Long> counts() {
        return asCounts(counts);
    }

    /** The options of "A┋B┋C" answers, each with how many chose it. */
    Map<String, Long> separatedOptions() {
        return asCounts(separatedOptions);
    }

    private static Map<String, Long> asCounts(Map<String, long[]> tally) {
        Map<String, Long> result = new LinkedHashMap<>();
        tally.forEach((key, count) -> result.put(key, count[0]));
        return result;
    }

    boolean tooManyDistinct() {
        return tooManyDistinct;
    }

    boolean separated() {
        return separated;
    }

    boolean allNumbers() {
        return allNumbers && answers > 0;
    }

    boolean allIntegers() {
        return allNumbers() && allIntegers;
    }

    /** The answers as numbers, in no particular order; only when {@link #allNumbers()}. */
    double[] numbers() {
        return Arrays.copyOf(numbers, numberCount);
    }

    int longest() {
        return longest;
    }

    List<String> sample() {
        return List.copyOf(sample);
    }
}
