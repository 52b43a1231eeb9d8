package org.thinktank.surveyflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as `./mvnw spring-boot:run` starts it: with Camunda's job executor running (the other tests turn
 * it off to run timers themselves). Its own context and database, closed after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "surveyflow.embedded-database.data-directory=target/test-postgres/running-data"})
@ActiveProfiles("test")
@DirtiesContext
class RunningConfigurationIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;

    @Test
    void theJobExecutorRunsTimers() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().isActive())
                .isTrue();
    }

    @Test
    void backgroundWorkHasItsExecutorBesideTheJobExecutor() {
        assertThat(context.containsBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME)).isTrue();
    }
}
