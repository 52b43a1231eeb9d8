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
        List<Column> columns = new ArrayList<>(List.of(Column.of(language, "survey", 12),
                Column.wrapping(language, "topic", 30), Column.of(language, "region", 12),
                Column.wrapping(language, "lead", 24), Column.wrapping(language, "team", 30),
                Column.wrapping(language, "reviewers", 30), Column.of(language, "stage", 14),
                Column.of(language, "stageEntered", 18), Column.of(language, "due", 14),
                Column.of(language, "overdue", 9)));
        WORKING_STAGES.forEach(stage -> columns.add(new Column(
                book.text("workbook.column.daysIn", book.word("stage.", stage)), 12, true)));
        return columns;
    }
}
