package org.thinktank.surveyflow.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One investigation from launch to publication, driven one way (HTTP, the application's services, or the bare
 * engine): launch, findings of three researchers, the lead's draft, two reviews that accept, the organizer's
 * approval. That is seven task completions.
 */
interface Lifecycle {

    int TASK_COMPLETIONS = 7;

    /** Runs one lifecycle for the given cast; throws when a step fails. */
    void run(Cast cast, int number);

    /** Who plays which part in one lifecycle. */
    record Cast(String organizer, String lead, List<String> team, List<String> reviewers) {

        /** Client {@code client} has three researchers and two reviewers of its own. */
        static Cast ofClient(int client) {
            int first = 3 * client;
            return new Cast(Population.organizer(client % Population.ORGANIZERS + 1), Population.researcher(first + 1),
                    List.of(Population.researcher(first + 2), Population.researcher(first + 3)),
                    List.of(Population.reviewer(2 * client % Population.REVIEWERS + 1),
                            Population.reviewer((2 * client + 1) % Population.REVIEWERS + 1)));
        }

        List<String> researchers() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), team.stream()).toList();
        }
    }

    /**
     * Waits for the engine's job executor to join the findings tasks (an asynchronous continuation), checking every
     * two milliseconds for at most thirty seconds.
     */
    static void await(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
