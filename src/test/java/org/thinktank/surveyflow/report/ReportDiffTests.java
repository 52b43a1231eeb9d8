package org.thinktank.surveyflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportDiffTests {

    private final ReportDiff diff = new ReportDiff();

    private static ReportSections withSummary(String summary) {
        return new ReportSections(summary, "背景", "方法", "发现", "建议");
    }

    @Test
    void comparesEverySectionInReportOrder() {
        List<SectionChange> changes = diff.compare(withSummary("a"), withSummary("a"));

        assertThat(changes).extracting(SectionChange::section)
                .containsExactly("summary", "background", "method", "findings", "recommendations");
        assertThat(changes).noneMatch(SectionChange::changed);
    }

    @Test
    void marksRemovedAndAddedWords() {
        SectionChange summary = diff.compare(withSummary("growth is slow"), withSummary("growth is uneven")).get(0);

        assertThat(summary.changed()).isTrue();
        assertThat(summary.before()).contains("<del>slow</del>");
        assertThat(summary.after()).contains("<ins>uneven</ins>");
    }

    @Test
    void escapesTheReportsOwnMarkup() {
        SectionChange summary = diff.compare(withSummary("a"), withSummary("<script>alert(1)</script>")).get(0);

        assertThat(summary.after()).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
