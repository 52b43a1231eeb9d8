package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.survey.SurveyStage;

/** One row per investigation: where it stands, what is due, whether it is late, and the days each stage took. */
final class SurveysSheet {

    static final String NAME = "Surveys";
    private static final List<SurveyStage> WORKING_STAGES = Arrays.stream(SurveyStage.values())
            .filter(stage -> !stage.isFinal()).toList();

    private SurveysSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        SheetTable table = new SheetTable(sheet, cells, columns());
        for (SurveyRow survey : book.surveys()) {
            List<Object> values = new ArrayList<>(Arrays.asList(survey.key(), survey.topic(), survey.region(),
                    survey.lead(), String.join(", ", survey.team()), String.join(", ", survey.reviewers()),
                    survey.stage(), survey.stageEnteredAt(), survey.due(), survey.overdue()));
            WORKING_STAGES.forEach(stage -> values.add(survey.daysInStage().getOrDefault(stage, 0d)));
            table.add(values.toArray());
        }
        table.finish();
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(new Column("Survey", 12), new Column("Topic", 40),
                new Column("Region", 16), new Column("Lead", 14), new Column("Team", 30), new Column("Reviewers", 24),
                new Column("Stage", 12), new Column("Stage entered", 17), new Column("Due date", 12),
                new Column("Overdue", 10)));
        WORKING_STAGES.forEach(stage -> columns.add(new Column("Days in " + stage, 12)));
        return columns;
    }
}
