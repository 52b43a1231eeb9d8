package org.thinktank.surveyflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test, makes sure that Camunda's registry of engines holds the test context's engine under its name.
 * The registry is one per JVM ({@link ProcessEngines}), and Camunda's engine REST API and webapps look the engine up
 * there by name ("default"). A test class with an application context of its own (for example RunningConfigurationIT)
 * registers its own "default" engine over the shared one, and takes it out of the registry when its context closes:
 * tests of the REST API that run after it would find no engine at all. Production has one context and needs none of
 * this.
 */
public final class EngineRegistered implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
        // Camunda's webapps (Cockpit) look the engine up in the runtime container, another JVM-wide registry
        RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
        ProcessEngine registered = registeredIn(container, engine.getName());
        if (registered != engine) {
            if (registered != null) {
                container.unregisterProcessEngine(registered);
            }
            container.registerProcessEngine(engine);
        }
    }

    private static ProcessEngine registeredIn(RuntimeContainerDelegate container, String name) {
        try {
            return container.getProcessEngineService().getProcessEngine(name);
        } catch (RuntimeException none) {
            return null;
        }
    }
}
