package org.thinktank.surveyflow.workflow.task;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs what a person does to a task (its domain work and the completion, see {@link TaskCompletion}) in one
 * transaction, and runs it again from the start when the engine meets a concurrent change of the same process: two
 * reviewers of one round completing their tasks at the same instant collide on the round's multi-instance execution
 * ({@link OptimisticLockingException}, ENGINE-03005). The failed attempt rolls back entirely before the next one
 * starts, so what it wrote (a review, a decision, submitted findings) is written once, by the attempt that commits;
 * the next attempt sees the other person's change and may refuse for a reason of its own (the task is already done).
 * Inside a transaction that is already running there is nothing that can be run again, so the work runs once.
 */
@Component
public class TaskTransactions {

    /** Attempts in all; each waits a random while, doubling, before the next. */
    static final int ATTEMPTS = 5;
    private static final long FIRST_PAUSE_MILLIS = 20;
    /** PostgreSQL's serialization failure and deadlock. */
    private static final Set<String> CONCURRENCY_STATES = Set.of("40001", "40P01");

    private static final Logger log = LoggerFactory.getLogger(TaskTransactions.class);

    private final TransactionTemplate transactions;

    TaskTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    public <T> T run(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConcurrentChange(e)) {
                    throw e;
                }
                log.info("A concurrent change of the same process met attempt {} of {}; running it again: {}", attempt,
                        ATTEMPTS, e.getMessage());
                pauseBefore(attempt + 1);
            }
        }
    }

    static boolean isConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && CONCURRENCY_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pauseBefore(int attempt) {
        long bound = FIRST_PAUSE_MILLIS << (attempt - 2);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to run a task completion again", e);
        }
    }
}
