package org.thinktank.surveyflow.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thinktank.surveyflow.survey.SurveySelection;
import org.thinktank.surveyflow.workflow.TaskCriteria;

/** The home page's filter: its text names the investigations and the kinds of task the reader reads it in. */
class TaskFilterTests {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    TaskFilterTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void noTextKeepsEveryInvestigationAndKind() {
        TaskCriteria criteria = new TaskFilter("  ", false, null).criteria(messages, Locale.ENGLISH);
        assertThat(criteria.text()).isNull();
        assertThat(criteria.kindsNamed()).isEmpty();
        assertThat(criteria.investigations().keepsAll()).isTrue();
    }

    @Test
    void theTextNamesTheKindsOfTaskWhoseNameHasItInTheReadersLanguage() {
        assertThat(new TaskFilter("REVIEW", false, null).criteria(messages, Locale.ENGLISH).kindsNamed())
                .containsExactly("reviewReport");
        assertThat(new TaskFilter("评审", false, null).criteria(messages, CHINESE).kindsNamed())
                .containsExactly("reviewReport");
        assertThat(new TaskFilter("review", false, null).criteria(messages, CHINESE).kindsNamed()).isEmpty();
    }

    @Test
    void theTextIsAlsoLookedForInTheInvestigations() {
        TaskFilter filter = new TaskFilter(" black soil ", true, 7L);
        assertThat(filter.criteria(messages, Locale.ENGLISH).text()).isEqualTo("black soil");
        assertThat(filter.criteria(messages, Locale.ENGLISH).overdueOnly()).isTrue();
        assertThat(filter.investigations()).isEqualTo(new SurveySelection(7L, null, "black soil"));
        assertThat(filter.criteria(messages, Locale.ENGLISH).investigations().surveyId()).isEqualTo(7L);
    }
}
