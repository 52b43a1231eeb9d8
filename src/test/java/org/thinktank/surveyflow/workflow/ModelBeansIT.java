package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.thinktank.surveyflow.support.IntegrationTest;

/** Every bean the model calls by name (delegates, listeners, expression beans) exists in the running application. */
@IntegrationTest
class ModelBeansIT {

    /** {@code ${bean}} as a delegate expression, or {@code ${bean.method(...)}} in any expression. */
    private static final Pattern BEAN = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"|\\$\\{(\\w+)\\.\\w+\\(");

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanTheModelNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        Matcher bean = BEAN.matcher(Files.readString(Path.of("processes/survey-investigation.bpmn")));
        while (bean.find()) {
            named.add(bean.group(1) != null ? bean.group(1) : bean.group(2));
        }

        assertThat(named).contains("tallyReviewsDelegate", "notifyAssigneeListener", "deadlines", "surveyStages")
                .allSatisfy(name -> assertThat(context.containsBean(name)).as("a bean named %s", name).isTrue());
    }
}
