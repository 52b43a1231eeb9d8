package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.plan.PlanContent;
import org.thinktank.surveyflow.plan.PlanVersion;

/**
 * One row per investigation with its approved survey plan: what it set out to learn, where and how. The budget note is
 * in the organizers' own copy only.
 */
final class PlansSheet {

    static final String NAME = "workbook.sheet.plans";

    private PlansSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        boolean withBudget = book.withConfidentialComments();
        SheetTable table = new SheetTable(sheet, cells, columns(book.language(), withBudget));
        for (PlanRow row : book.plans()) {
            PlanVersion plan = row.plan();
            List<Object> values = new ArrayList<>(List.of(row.surveyKey(), row.topic()));
            if (plan == null) {
                values.addAll(Collections.nCopies(withBudget ? 11 : 10, null));
            } else {
                PlanContent content = plan.content();
                values.addAll(Arrays.asList(plan.number(), plan.decidedAt(),
                        book.people().name(plan.decidedBy()), content.objectives(), content.researchQuestions(),
                        sites(content, book), content.interviewees(), content.methods(), content.schedule()));
                if (withBudget) {
                    values.add(content.budgetNote());
                }
                values.add(plan.questionnaire() == null ? null : plan.questionnaire().fileName());
            }
            table.add(values.toArray());
        }
        table.finish();
    }

    private static String sites(PlanContent content, MeetingWorkbook book) {
        return content.sites().stream().map(site -> book.text("plan.sitesOn", site.place(),
                        site.startsOn().toString(), site.endsOn().toString()))
                .collect(Collectors.joining("\n"));
    }

    private static List<Column> columns(WorkbookLanguage language, boolean withBudget) {
        List<Column> columns = new ArrayList<>(List.of(Column.of(language, "survey", 10),
                Column.wrapping(language, "topic", 24), Column.of(language, "planVersion", 8),
                Column.of(language, "approvedOn", 19), Column.wrapping(language, "approvedBy", 14),
                Column.wrapping(language, "objectives", 30), Column.wrapping(language, "researchQuestions", 30),
                Column.wrapping(language, "sites", 26), Column.wrapping(language, "interviewees", 24),
                Column.wrapping(language, "methods", 20), Column.wrapping(language, "schedule", 24)));
        if (withBudget) {
            columns.add(Column.wrapping(language, "budgetNote", 20));
        }
        columns.add(Column.wrapping(language, "questionnaire", 18));
        return columns;
    }
}
