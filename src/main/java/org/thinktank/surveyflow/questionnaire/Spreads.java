package org.thinktank.surveyflow.questionnaire;

import java.util.Arrays;

/**
 * Mean, median, standard deviation, minimum and maximum of answers. The standard deviation is the sample one
 * (divided by n − 1, as survey statistics report it); 0 for a single answer.
 */
final class Spreads {

    private Spreads() {
    }

    /** The spread of the values, which it sorts in place. */
    static NumberSpread of(double[] values) {
        if (values.length == 0) {
            return null;
        }
        Arrays.sort(values);
        int n = values.length;
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        double mean = sum / n;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double median = (values[(n - 1) / 2] + values[n / 2]) / 2;
        double deviation = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        return new NumberSpread(mean, median, deviation, values[0], values[n - 1]);
    }

    /** The spread of scale points 1, 2, 3 … given how many chose each. */
    static NumberSpread ofPoints(long[] countPerPoint) {
        int n = (int) Arrays.stream(countPerPoint).sum();
        double[] values = new double[n];
        int next = 0;
        for (int point = 0; point < countPerPoint.length; point++) {
            Arrays.fill(values, next, next + (int) countPerPoint[point], point + 1);
            next += (int) countPerPoint[point];
        }
        return of(values);
    }
}
