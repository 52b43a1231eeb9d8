package org.thinktank.surveyflow.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean the database cannot be reached, however Spring, Spring Security or Camunda wrap them. */
class DatabaseUnavailableTests {

    private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
            "surveyflow - Connection is not available, request timed out after 3000ms",
            "08001", new ConnectException("Connection refused"));

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("Hikari gave up waiting", POOL_TIMEOUT, true),
                Arguments.of("JdbcClient found no connection", new CannotGetJdbcConnectionException("no", POOL_TIMEOUT), true),
                Arguments.of("a transaction could not begin",
                        new CannotCreateTransactionException("Could not open JDBC Connection", POOL_TIMEOUT), true),
                Arguments.of("the account could not be read", new InternalAuthenticationServiceException("no",
                        new CannotGetJdbcConnectionException("no", POOL_TIMEOUT)), true),
                Arguments.of("the connection broke in an engine command", new ProcessEngineException("ENGINE-03004",
                        new PersistenceException(new SQLException("An I/O error occurred", "08006"))), true),
                Arguments.of("the commit found PostgreSQL shutting down", new TransactionSystemException("commit",
                        new SQLException("terminating connection due to administrator command", "57P01")), true),
                Arguments.of("the rollback after a broken connection found it closed", rollbackFailedAfter(
                        new CannotCreateTransactionException("Could not open JDBC Connection", POOL_TIMEOUT)), true),
                Arguments.of("the rollback after a bug failed", rollbackFailedAfter(new IllegalStateException("no")), false),
                Arguments.of("a concurrent change", new OptimisticLockingException("ENGINE-03005"), false),
                Arguments.of("a unique key", new DataIntegrityViolationException("dup",
                        new SQLException("duplicate key", "23505")), false),
                Arguments.of("a wrong password", new BadCredentialsException("Bad credentials"), false),
                Arguments.of("a bug", new IllegalStateException("no"), false));
    }

    /** As Spring's TransactionTemplate reports a rollback that failed on a connection the pool had closed. */
    private static ProcessEngineException rollbackFailedAfter(RuntimeException failure) {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(failure);
        return new ProcessEngineException("An exception occurred in the persistence layer", rollback);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("failures")
    void recognisesAnUnreachableDatabaseThroughItsWrappers(String what, Throwable failure, boolean unreachable) {
        assertThat(DatabaseUnavailable.isCauseOf(failure)).isEqualTo(unreachable);
    }
}
