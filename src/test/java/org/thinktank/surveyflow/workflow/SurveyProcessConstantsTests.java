package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every name in {@link SurveyProcess}, read by reflection, means something in the BPMN model, and back. */
class SurveyProcessConstantsTests {

    private static final Path MODEL = Path.of("processes/survey-investigation.bpmn");
    /** The beans the model's expressions call (not process variables); the ITs check that the beans exist. */
    private static final Set<String> EXPRESSION_BEANS = Set.of("deadlines", "surveyTeam", "surveyStages", "execution");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    /** A name that starts an expression path: not after a dot, not inside quotes. */
    private static final Pattern ROOT_NAME = Pattern.compile("(?<![.\\w'])([a-zA-Z_]\\w*)(?![\\w'])");

    private final BpmnModelInstance model = Bpmn.readModelFromFile(new File(MODEL.toString()));

    @Test
    void theKeyIsTheIdOfTheModelsOnlyProcess() {
        assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
                .containsExactly(SurveyProcess.KEY);
    }

    @Test
    void everyElementConstantIsTheIdOfAnElementOfTheModel() {
        Set<String> ids = new HashSet<>(model.getModelElementsByType(BaseElement.class).stream()
                .map(BaseElement::getId).toList());

        assertThat(constantsOf(SurveyProcess.class)).isNotEmpty().allSatisfy(id -> assertThat(ids).contains(id));
    }

    @Test
    void theUserTasksAreEveryUserTaskOfTheModel() {
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyInAnyOrderElementsOf(SurveyProcess.USER_TASKS);
    }

    @Test
    void theRecallConstantIsAlsoTheNameOfTheMessageThatRecalls() {
        assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
                .contains(SurveyProcess.REPORT_RECALLED);
    }

    @Test
    void everyVariableConstantIsReadOrDocumentedByTheModel() throws IOException {
        String xml = xmlText();

        List<String> variables = constantsOf(SurveyProcess.Variables.class);

        assertThat(variables).isNotEmpty();
        assertThat(variables).filteredOn(name -> !Pattern.compile("\\b" + name + "\\b").matcher(xml).find())
                .as("variables that the model neither reads nor names in its documentation").isEmpty();
    }

    @Test
    void everyNameTheModelsExpressionsReadIsAVariableConstantABeanOrALoopVariable() throws IOException {
        Set<String> known = new HashSet<>(constantsOf(SurveyProcess.Variables.class));
        known.addAll(EXPRESSION_BEANS);
        model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)
                .forEach(loop -> known.add(loop.getCamundaElementVariable()));

        assertThat(rootNamesInExpressions(xmlText())).isNotEmpty()
                .allSatisfy(name -> assertThat(known).as("a constant or bean named %s", name).contains(name));
    }

    /** The model's XML with the character references the serializer writes in attributes ({@code &#39;}) read back. */
    private static String xmlText() throws IOException {
        return Files.readString(MODEL).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static List<String> constantsOf(Class<?> constants) {
        return Arrays.stream(constants.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !field.getName().equals("KEY"))
                .map(SurveyProcessConstantsTests::valueOf).toList();
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names that start each expression path, leaving out bean names called as delegates. */
    private static Set<String> rootNamesInExpressions(String xml) {
        Set<String> names = new HashSet<>();
        Matcher expression = EXPRESSION.matcher(xml);
        while (expression.find()) {
            if (xml.substring(0, expression.start()).endsWith("delegateExpression=\"")) {
                continue;
            }
            Matcher name = ROOT_NAME.matcher(expression.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }
}
