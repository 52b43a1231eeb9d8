package org.thinktank.surveyflow.support;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The lines one class logs during a test, read from a Logback appender on its logger. Unlike capturing the console,
 * it does not depend on which appenders another test context configured in the shared test JVM.
 */
public final class LogLines implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogLines(Class<?> source) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
    }

    public static LogLines of(Class<?> source) {
        return new LogLines(source);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        appender.start();
        logger.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.detachAppender(appender);
        appender.stop();
    }

    public List<String> messages() {
        synchronized (appender) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /**
     * Waits up to five seconds for a line: a filter may log after its response reached the client, on the server's
     * own thread.
     */
    public void awaitLine(String expected) {
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> Assertions.assertThat(messages()).contains(expected));
    }
}
