package org.thinktank.surveyflow.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached: no connection could be had in time (Hikari's
 * {@link SQLTransientConnectionException}, Spring's {@code CannotGetJdbcConnectionException}, a
 * {@link DataAccessResourceFailureException}, or a transaction that could not begin because of it), or the
 * connection broke ({@code 08…} connection exceptions, PostgreSQL shutting down). It looks through the whole chain of
 * causes, so the same failure wrapped by Spring, by Spring Security while reading an account, or by Camunda
 * ({@code ProcessEngineException}) is recognised too; and when the rollback after it failed as well (on a connection
 * the pool had already closed), through the failure the rollback was for.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof ConnectException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isCauseOf(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and PostgreSQL's shutdown states 57P01, 57P02, 57P03. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
