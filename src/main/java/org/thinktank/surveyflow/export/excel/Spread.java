package org.thinktank.surveyflow.export.excel;

/** A running mean and sample standard deviation (Welford's method), so scores need not be kept to be summarised. */
final class Spread {

    private long count;
    private double mean;
    private double squares;

    void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        squares += delta * (value - mean);
    }

    void addAll(Spread other) {
        if (other.count == 0) {
            return;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        squares += other.squares + delta * delta * count * other.count / total;
        mean += delta * other.count / total;
        count = total;
    }

    long count() {
        return count;
    }

    /** The mean, or null when there is nothing to average. */
    Double mean() {
        return count == 0 ? null : mean;
    }

    /** The sample standard deviation, or null when fewer than two values make no spread. */
    Double deviation() {
        return count < 2 ? null : Math.sqrt(squares / (count - 1));
    }
}
