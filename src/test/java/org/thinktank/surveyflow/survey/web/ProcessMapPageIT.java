package org.thinktank.surveyflow.survey.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/**
 * The process map on the investigation page of an investigation whose findings are in and whose report is being
 * drafted: named in the page's language, the passed steps ticked, drafting highlighted, timers marked.
 */
@IntegrationTest
class ProcessMapPageIT {

    private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/survey-investigation.bpmn"));
    private static final Pattern MAP = Pattern.compile("(?s)<div class=\"process-map\" id=\"diagram\"[^>]*>(.*?</svg>)</div>");

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;

    private Survey drafting;

    @BeforeEach
    void findingsIn() {
        drafting = surveys.launch();
        surveys.allFindingsIn(drafting);
    }

    private String page(String language) throws Exception {
        return pages.mvc().perform(get("/surveys/" + drafting.id()).header("Accept-Language", language)
                        .with(pages.as("li.wei")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);
    }

    private String mapIn(String language) throws Exception {
        Matcher map = MAP.matcher(page(language));
        assertThat(map.find()).as("the page has the map inline").isTrue();
        return map.group(1);
    }

    /** What a person reads of the map: its texts and tooltips, without the markup. */
    private static String readable(String svg) {
        Matcher text = Pattern.compile("<(text|title)[^>]*>([^<]*)</\\1>").matcher(svg);
        StringBuilder read = new StringBuilder();
        while (text.find()) {
            read.append(text.group(2)).append('\n');
        }
        return read.toString();
    }

    @Test
    void inChineseTheMapNamesNoElementIdAndNoEnglishName() throws Exception {
        String read = readable(mapIn("zh-CN"));

        assertThat(read).contains("撰写调研报告", "评审建议？", "全部同意", "逾期", "到期提醒");
        for (FlowElement element : MODEL.getModelElementsByType(FlowElement.class)) {
            assertThat(read).as(element.getId()).doesNotContain(element.getId());
            if (element.getName() != null) {
                assertThat(read).as(element.getId()).doesNotContain(element.getName());
            }
        }
        assertThat(read).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void inEnglishTheMapNamesTheStepsInEnglish() throws Exception {
        assertThat(readable(mapIn("en"))).contains("Draft study report", "Reviewers recommend?", "approve",
                "Draft overdue");
    }

    @Test
    void thePassedStepsAreTickedAndTheCurrentOneHighlightedAndAnchored() throws Exception {
        String map = mapIn("en");

        assertThat(map).contains("data-element=\"launched\" class=\"node event done\">",
                "data-element=\"submitFindings\" class=\"node task done\">",
                "data-element=\"draftReport\" data-current=\"true\" id=\"map-current\" class=\"node task current\">",
                "data-element=\"reviewReport\" class=\"node task ahead\">",
                "data-element=\"draftOverdueTimer\" class=\"node event timer ahead\">");
        assertThat(map).contains("class=\"tick\"");
    }

    @Test
    void thePageLinksToTheCurrentStepByName() throws Exception {
        assertThat(page("zh-CN")).contains("<a id=\"map-now\" href=\"#map-current\">当前步骤：撰写调研报告</a>");
    }

    @Test
    void theMapFitsTheWidthOfThePage() throws Exception {
        assertThat(mapIn("en")).matches("(?s)<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"[0-9 ]+\" width=\"100%\""
                + " class=\"bpmn\">.*");
    }

    @Test
    void theMapOpenedAloneTakesItsStylesFromTheStylesheet() throws Exception {
        String svg = pages.mvc().perform(get("/surveys/" + drafting.id() + "/diagram.svg")
                        .header("Accept-Language", "zh-CN").with(pages.as("li.wei")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);

        assertThat(svg).startsWith("<?xml-stylesheet type=\"text/css\" href=\"../../css/process-map.css\"?><svg")
                .contains(">撰写调研报告<").doesNotContain("<style");
    }
}
