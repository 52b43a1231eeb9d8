package org.thinktank.surveyflow.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import org.thinktank.surveyflow.questionnaire.DatasetFile;
import org.thinktank.surveyflow.questionnaire.DatasetSummary;
import org.thinktank.surveyflow.questionnaire.QuestionnaireFiles;
import org.thinktank.surveyflow.questionnaire.QuestionnaireReader;

/**
 * Times summarising a generated 50,000-respondent, 40-question dataset, as .xlsx and as GB18030 .csv, and measures
 * the heap: the peak usage the JVM's heap pools recorded during each run (reset before it, summed over the pools;
 * garbage included, so it grows with the heap allowed), and the most heap still in use after any collection during
 * the run (from the collectors' notifications: what the summary really keeps). Best of {@value #RUNS} runs after a
 * warm-up. Not a test; run it with scripts/benchmark-questionnaire.sh.
 */
public final class QuestionnaireBenchmark {

    private static final int RESPONDENTS = 50_000;
    private static final int QUESTIONS = 40;
    private static final int RUNS = 3;
    private static final double MB = 1024.0 * 1024;
    private static final AtomicLong AFTER_COLLECTION = new AtomicLong();

    private QuestionnaireBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        watchCollections();
        Path directory = Files.createTempDirectory("questionnaire-benchmark");
        try {
            List<Path> files = List.of(QuestionnaireFiles.largeXlsx(directory, RESPONDENTS, QUESTIONS),
                    QuestionnaireFiles.largeCsv(directory, RESPONDENTS, QUESTIONS));
            System.out.printf("heap limit %d MB, %d respondents × %d questions%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), RESPONDENTS, QUESTIONS);
            for (Path file : files) {
                measure(file);
            }
        } finally {
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void measure(Path file) {
        QuestionnaireReader reader = new QuestionnaireReader();
        DatasetFile dataset = DatasetFile.of(file, Long.MAX_VALUE);
        reader.summarise(dataset);
        long bestMillis = Long.MAX_VALUE;
        long bestPeak = Long.MAX_VALUE;
        long bestLive = Long.MAX_VALUE;
        DatasetSummary summary = null;
        for (int run = 0; run < RUNS; run++) {
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            AFTER_COLLECTION.set(0);
            long start = System.nanoTime();
            summary = reader.summarise(dataset);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            bestMillis = Math.min(bestMillis, millis);
            bestPeak = Math.min(bestPeak, peak);
            bestLive = Math.min(bestLive, AFTER_COLLECTION.get());
        }
        System.out.printf(Locale.ROOT, "%-24s %5.1f MB  %,d respondents, %d questions  best %,d ms"
                        + "  peak heap %.1f MB  most in use after a collection %.1f MB%n",
                file.getFileName(), size(file), summary.respondents(), summary.questions().size(), bestMillis,
                bestPeak / MB, bestLive / MB);
    }

    /** Records the heap in use after each collection, keeping the largest. */
    private static void watchCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    long used = heapPools().stream().map(MemoryPoolMXBean::getName)
                            .mapToLong(pool -> info.getMemoryUsageAfterGc().get(pool).getUsed()).sum();
                    AFTER_COLLECTION.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static double size(Path file) {
        return file.toFile().length() / MB;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
