package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.survey.SurveyStage;

/** One row per investigation: where it stands, what is due, whether it is late, and the days each stage took. */
final class SurveysSheet {

    static final String NAME = "workbook.sheet.surveys";
    static final List<SurveyStage> WORKING_STAGES = Arrays.stream(SurveyStage.values())
            .filter(stage -> !stage.isFinal()).toList();

    private SurveysSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        SheetTable table = new SheetTable(sheet, cells, columns(book));
        People people = book.people();
        for (SurveyRow survey : book.surveys()) {
            List<Object> values = new ArrayList<>(Arrays.asList(survey.key(), survey.topic(), survey.region(),
                    people.name(survey.lead()), people.names(survey.team()), people.names(survey.reviewers()),
                    book.word("stage.", survey.stage()), survey.stageEnteredAt(), survey.due(), survey.overdue()));
            WORKING_STAGES.forEach(stage -> values.add(survey.daysInStage().getOrDefault(stage, 0d)));
            table.add(values.toArray());
        }
        table.finish();
    }

    private static List<Column> columns(MeetingWorkbook book) {
        WorkbookLanguage language = book.language();
        List<Column> columns = new ArrayList<>(List.of(Column.of(language, "survey", 10),
                Column.wrapping(language, "topic", 24), Column.of(language, "region", 8),
                Column.wrapping(language, "lead", 18), Column.wrapping(language, "team", 24),
                Column.wrapping(language, "reviewers", 22), Column.wrapping(language, "stage", 10),
                Column.of(language, "stageEntered", 19), Column.of(language, "due", 14),
                Column.of(language, "overdue", 6)));
        WORKING_STAGES.forEach(stage -> columns.add(new Column(
                book.text("workbook.column.daysIn", book.word("stage.", stage)), 8, true)));
        return columns;
    }
}
