package org.thinktank.surveyflow.export.word;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.thinktank.surveyflow.questionnaire.CrossTable;
import org.thinktank.surveyflow.questionnaire.NumberSpread;
import org.thinktank.surveyflow.questionnaire.OptionCount;
import org.thinktank.surveyflow.questionnaire.QuestionKind;
import org.thinktank.surveyflow.questionnaire.QuestionSummary;
import org.thinktank.surveyflow.questionnaire.ReportTable;

/**
 * The questionnaire summaries chosen for a study report, each as a numbered table with its caption above, the
 * researchers' note and the source (dataset, number of answers) below, and for choices and scales with {@code chart}
 * set a native bar chart of the options' shares. A cross table has the options of the question it is counted by as
 * columns. Free-text answers are never written, even when the summary carries a sample: they may hold personal data.
 */
final class SurveyTables {

    private static final List<Integer> OPTION_COLUMNS = List.of(6, 2, 2);

    private final XWPFDocument document;
    private final Captions captions;
    private final ReportLabels labels;

    SurveyTables(XWPFDocument document, Captions captions, ReportLabels labels) {
        this.document = document;
        this.captions = captions;
        this.labels = labels;
    }

    void write(List<ReportTable> tables) {
        for (ReportTable table : tables) {
            captions.table(document, table.title());
            if (table.cross() != null) {
                cross(table.cross());
            } else {
                summary(table.summary());
            }
            notes(table);
            if (table.chart() && table.cross() == null && charted(table.summary())) {
                chart(table);
            }
        }
    }

    private void summary(QuestionSummary summary) {
        switch (summary.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, LIKERT -> options(summary);
            case NUMBER -> spread(summary.spread());
            case FREE_TEXT -> WordTables.table(document, List.of(labels.get("word.survey.answers")),
                    List.of(List.of(String.valueOf(summary.answers()))));
        }
    }

    private void options(QuestionSummary summary) {
        XWPFTable table = WordTables.table(document, List.of(labels.get("word.survey.option"),
                labels.get("word.survey.count"), labels.get("word.survey.share")), summary.options().stream()
                .map(option -> List.of(option.option(), String.valueOf(option.count()), share(option))).toList(),
                OPTION_COLUMNS);
        WordTables.rightAligned(table, 1);
        if (summary.kind() == QuestionKind.LIKERT && summary.spread() != null) {
            NumberSpread spread = summary.spread();
            WordText.paragraph(document, null, labels.get("word.survey.scale", decimal(spread.mean()),
                    decimal(spread.median()), decimal(spread.standardDeviation())));
        }
    }

    private void spread(NumberSpread spread) {
        List<String> headers = List.of(labels.get("word.survey.mean"), labels.get("word.survey.median"),
                labels.get("word.survey.standardDeviation"), labels.get("word.survey.minimum"),
                labels.get("word.survey.maximum"));
        List<String> values = spread == null ? List.of("", "", "", "", "") : List.of(decimal(spread.mean()),
                decimal(spread.median()), decimal(spread.standardDeviation()), decimal(spread.minimum()),
                decimal(spread.maximum()));
        WordTables.rightAligned(WordTables.table(document, headers, List.of(values)), 0);
    }

    private void cross(CrossTable cross) {
        List<String> headers = new ArrayList<>();
        headers.add(labels.get("word.survey.crossCorner", cross.question(), cross.byQuestion()));
        headers.addAll(cross.columns());
        List<List<String>> rows = cross.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>();
            cells.add(row.option());
            row.counts().forEach(count -> cells.add(String.valueOf(count)));
            return cells;
        }).toList();
        List<Integer> weights = new ArrayList<>();
        weights.add(Math.max(2, cross.columns().size() / 2 + 1));
        cross.columns().forEach(column -> weights.add(1));
        WordTables.rightAligned(WordTables.table(document, headers, rows, weights), 1);
    }

    private void notes(ReportTable table) {
        if (CoverPage.hasText(table.caption())) {
            WordText.paragraph(document, null, table.caption().strip());
        }
        long answers = table.summary() == null ? 0 : table.summary().answers();
        WordText.paragraph(document, null, labels.get("word.survey.source", table.dataset(), answers));
    }

    private static boolean charted(QuestionSummary summary) {
        return summary != null && summary.kind() != QuestionKind.NUMBER && summary.kind() != QuestionKind.FREE_TEXT
                && !summary.options().isEmpty();
    }

    private void chart(ReportTable table) {
        List<OptionCount> options = table.summary().options();
        FigureChart.write(document, options.stream().map(OptionCount::option).toList(),
                options.stream().map(option -> WordNumbers.percentValue(option.share())).toList(), labels.get("word.survey.shareAxis"));
        captions.figure(document, table.title());
    }


    private static String share(OptionCount option) {
        return WordNumbers.percent(option.share());
    }

    private static String decimal(double value) {
        return WordNumbers.decimal(value);
    }
}
