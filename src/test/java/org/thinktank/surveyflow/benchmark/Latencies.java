package org.thinktank.surveyflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Wall times per kind of request, and the errors per kind and status, from any number of threads. */
final class Latencies {

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

    <T> T time(String kind, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            record(kind, System.nanoTime() - start);
        }
    }

    void time(String kind, Runnable call) {
        time(kind, () -> {
            call.run();
            return null;
        });
    }

    void record(String kind, long elapsedNanos) {
        List<Long> times = nanos.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()));
        times.add(elapsedNanos);
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    int count(String kind) {
        return nanos.getOrDefault(kind, List.of()).size();
    }

    int errorCount() {
        return errors.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Errors by kind, e.g. {@code "submit findings 409" -> 3}. */
    Map<String, Integer> errors() {
        Map<String, Integer> sorted = new TreeMap<>();
        errors.forEach((kind, count) -> sorted.put(kind, count.get()));
        return sorted;
    }

    Map<String, Summary> summaries() {
        Map<String, Summary> sorted = new TreeMap<>();
        nanos.forEach((kind, times) -> {
            List<Long> copy;
            synchronized (times) {
                copy = new ArrayList<>(times);
            }
            sorted.put(kind, Summary.of(copy));
        });
        return sorted;
    }

    Summary all() {
        List<Long> every = new ArrayList<>();
        nanos.values().forEach(times -> {
            synchronized (times) {
                every.addAll(times);
            }
        });
        return Summary.of(every);
    }

    /** Count and percentiles in milliseconds. */
    record Summary(int count, double p50, double p99, double max) {

        static Summary of(List<Long> nanos) {
            if (nanos.isEmpty()) {
                return new Summary(0, 0, 0, 0);
            }
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Summary(sorted.size(), millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                    millis(sorted.get(sorted.size() - 1)));
        }

        private static long percentile(List<Long> sorted, int percent) {
            int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        private static double millis(long nanos) {
            return nanos / 1_000_000.0;
        }

        String text() {
            return String.format("%d calls, p50 %.1f ms, p99 %.1f ms, max %.1f ms", count, p50, p99, max);
        }
    }
}
