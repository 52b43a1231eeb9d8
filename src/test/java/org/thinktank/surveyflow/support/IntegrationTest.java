package org.thinktank.surveyflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real (embedded) PostgreSQL and a real Camunda engine, on a random port. Every test
 * class with this annotation shares one application context, so the database and engine start once per run.
 * The job executor is off: tests execute timer jobs themselves. After each test, the background exports it started
 * are awaited ({@link UnfinishedExports}), so none runs on into the next test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith({UnfinishedExports.class, EngineRegistered.class})
public @interface IntegrationTest {
}
