package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every step and every named branch of the process has its name on the map in both languages. */
class ProcessMapLabelsTests {

    private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/survey-investigation.bpmn"));

    private static List<FlowElement> labelled() {
        return Stream.concat(MODEL.getModelElementsByType(FlowNode.class).stream(),
                MODEL.getModelElementsByType(SequenceFlow.class).stream().filter(flow -> flow.getName() != null))
                .map(FlowElement.class::cast).toList();
    }

    private static Properties bundle(String file) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_CN.properties"})
    void everyStepAndNamedBranchHasALabel(String file) throws IOException {
        Properties bundle = bundle(file);

        assertThat(labelled()).hasSizeGreaterThan(50)
                .allSatisfy(element -> assertThat(bundle.getProperty(ProcessMaps.LABEL_KEY + element.getId()))
                        .as(element.getId()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_CN.properties"})
    void theChineseLabelsHaveNoLatinLetters(String file) throws IOException {
        Properties bundle = bundle(file);

        assertThat(labelled()).allSatisfy(element -> assertThat(bundle.getProperty(
                ProcessMaps.LABEL_KEY + element.getId(), "")).as(element.getId()).doesNotContainPattern("[A-Za-z]"));
    }
}
