package org.thinktank.surveyflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/**
 * A researcher's draft findings in a real (headless) browser, in Chinese and in English: a form with mistakes says
 * so at the top with a link to each field and keeps what was typed; a draft is edited; deleting asks first, and
 * answering no keeps it; submitting with nothing to submit explains it on the same page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftFindingsBrowserIT extends BrowserTest {

    @Autowired
    Surveys surveys;

    @Test
    void inChineseAFormWithMistakesListsThemAtTheTopLinkedToTheFieldsAndKeepsTheTypedText() throws IOException {
        Survey survey = surveys.launch();
        browser.signIn("wang.fang", "zh-CN");
        browser.open("/surveys/" + survey.id() + "/findings");

        browser.type(By.id("title"), "上云补贴覆盖面不足");
        browser.submit(By.id("add-finding"));

        WebElement summary = browser.find(By.id("error-summary"));
        assertThat(summary.getText()).startsWith("表单中有 4 处问题").contains("调研方法");
        assertThat(summary.findElements(By.tagName("a"))).extracting(link -> link.getAttribute("hash"))
                .contains("#method", "#place", "#observedOn", "#evidence");
        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("上云补贴覆盖面不足");
        keepScreenshot("draft-findings-errors-zh");
    }

    @Test
    void inChineseADraftIsEditedAndDeletingItAsksFirst() throws IOException {
        Survey survey = surveys.launch();
        Finding draft = surveys.draftFinding(survey, Surveys.RESEARCHER);
        browser.signIn("wang.fang", "zh-CN");
        browser.open("/surveys/" + survey.id() + "/findings");

        browser.submit(By.id("edit-finding-" + draft.id()));
        browser.find(By.id("title")).clear();
        browser.type(By.id("title"), "修改后的调研发现");
        browser.submit(By.id("add-finding"));
        assertThat(browser.find(By.id("findings-list")).getText()).contains("修改后的调研发现");

        browser.click(By.id("delete-finding-" + draft.id()));
        assertThat(browser.answerDialog(false)).isEqualTo("确定删除这条草稿调研发现及其附件吗？删除后无法恢复。");
        assertThat(browser.find(By.id("findings-list")).getText()).contains("修改后的调研发现");

        browser.submitConfirmed(By.id("delete-finding-" + draft.id()));
        assertThat(browser.text()).contains("调研发现已删除。");
        assertThat(browser.find(By.id("findings-list")).getText()).doesNotContain("修改后的调研发现");
        keepScreenshot("draft-findings-deleted-zh");
    }

    @Test
    void inEnglishSubmittingWithNoFindingExplainsWhatIsMissingOnTheSamePage() throws IOException {
        Survey survey = surveys.launch();
        browser.signIn("li.wei", "en");
        browser.open("/surveys/" + survey.id() + "/findings");

        browser.click(By.id("submit-findings-button"));
        browser.answerDialog(true);

        browser.waitFor(By.id("submit-refusal"));
        assertThat(browser.currentPath()).isEqualTo("/surveys/" + survey.id() + "/findings");
        assertThat(browser.find(By.id("submit-refusal")).getText())
                .contains("Add at least one finding before submitting", "Add a finding below");
        keepScreenshot("draft-findings-nothing-to-submit-en");
    }

}
