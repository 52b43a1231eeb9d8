package org.thinktank.surveyflow.export.excel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.thinktank.surveyflow.adoption.AdoptionStatus;
import org.thinktank.surveyflow.adoption.AdoptionStep;
import org.thinktank.surveyflow.adoption.MeetingAdoption;
import org.thinktank.surveyflow.adoption.TrackedRecommendation;

/**
 * One row per recommendation tracked after the meeting: its investigation, number and text, its status in words, where
 * it was sent and when, the instruction (批示) received, the policy document it was adopted into or the reason it was
 * declined, and the days from the meeting to its adoption, as a number to filter and average. When a step happened
 * more than once the latest counts, as for the status; the agencies are all those it was sent to.
 */
final class AdoptionSheet {

    static final String NAME = "workbook.sheet.adoption";

    private AdoptionSheet() {
    }

    static void write(Sheet sheet, CellWriter cells, MeetingWorkbook book) {
        WorkbookLanguage language = book.language();
        SheetTable table = new SheetTable(sheet, cells, List.of(Column.of(language, "survey", 10),
                Column.wrapping(language, "topic", 20), Column.of(language, "recommendationNumber", 6),
                Column.wrapping(language, "recommendation", 30), Column.of(language, "adoptionStatus", 10),
                Column.wrapping(language, "agency", 16), Column.of(language, "sentOn", 12),
                Column.of(language, "instructionBy", 12), Column.of(language, "instructionLevel", 10),
                Column.of(language, "instructionOn", 12), Column.wrapping(language, "adoptedInto", 20),
                Column.of(language, "adoptedOn", 12), Column.wrapping(language, "link", 20),
                Column.of(language, "declinedOn", 12), Column.wrapping(language, "declineReason", 20),
                Column.of(language, "daysToAdoption", 8)));
        MeetingAdoption adoption = book.adoption();
        String separator = book.text("workbook.adoption.separator");
        for (TrackedRecommendation recommendation : adoption.recommendations()) {
            Optional<AdoptionStep> instruction = latest(recommendation, AdoptionStep.Kind.INSTRUCTION);
            Optional<AdoptionStep> adopted = latest(recommendation, AdoptionStep.Kind.ADOPTED);
            Optional<AdoptionStep> declined = latest(recommendation, AdoptionStep.Kind.DECLINED);
            table.add(recommendation.surveyKey(), recommendation.topic(), recommendation.number(),
                    recommendation.text(), book.word("adoptionExport.status.", recommendation.status()),
                    agencies(recommendation, separator),
                    first(recommendation, AdoptionStep.Kind.SENT).map(AdoptionStep::on).orElse(null),
                    instruction.map(AdoptionStep::by).orElse(null), instruction.map(AdoptionStep::level).orElse(null),
                    instruction.map(AdoptionStep::on).orElse(null), adopted.map(AdoptionStep::document).orElse(null),
                    adopted.map(AdoptionStep::on).orElse(null), adopted.map(AdoptionStep::link).orElse(null),
                    declined.map(AdoptionStep::on).orElse(null), declined.map(AdoptionStep::text).orElse(null),
                    daysToAdoption(recommendation, adopted, adoption.meetingDate()));
        }
        table.finish();
    }

    private static String agencies(TrackedRecommendation recommendation, String separator) {
        String agencies = recommendation.steps().stream().filter(step -> step.kind() == AdoptionStep.Kind.SENT)
                .map(AdoptionStep::agency).filter(agency -> !agency.isBlank()).distinct()
                .collect(Collectors.joining(separator));
        return agencies.isEmpty() ? null : agencies;
    }

    private static Optional<AdoptionStep> first(TrackedRecommendation recommendation, AdoptionStep.Kind kind) {
        return recommendation.steps().stream().filter(step -> step.kind() == kind).findFirst();
    }

    private static Optional<AdoptionStep> latest(TrackedRecommendation recommendation, AdoptionStep.Kind kind) {
        return recommendation.steps().stream().filter(step -> step.kind() == kind).reduce((first, last) -> last);
    }

    /** As the adoption figures count them: only for a recommendation adopted as of now. */
    private static Long daysToAdoption(TrackedRecommendation recommendation, Optional<AdoptionStep> adopted,
                                       LocalDate meetingDate) {
        return recommendation.status() != AdoptionStatus.ADOPTED ? null
                : adopted.map(step -> ChronoUnit.DAYS.between(meetingDate, step.on())).orElse(null);
    }
}
