package org.thinktank.surveyflow.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * The People and Institutions sheets: per person, and per institution for its people together, the investigations
 * they work in and lead, findings, tasks done and the share done on time, reviews written with their average score,
 * and the average score their investigations received.
 */
final class ContributionSheets {

    static final String PEOPLE = "workbook.sheet.people";
    static final String INSTITUTIONS = "workbook.sheet.institutions";
    private static final List<String> COUNTS = List.of("people", "investigations", "led", "findings", "tasksDone",
            "tasksOnTime", "onTimeRate", "reviewsWritten", "scoreGiven", "scoreReceived");

    private final MeetingWorkbook book;
    private final WorkTally work;
    private final ScoreTally scores;

    ContributionSheets(MeetingWorkbook book, WorkTally work, ScoreTally scores) {
        this.book = book;
        this.work = work;
        this.scores = scores;
    }

    void write(Sheet people, Sheet institutions, CellWriter cells) {
        People names = book.people();
        List<String> everyone = everyone().stream()
                .sorted(Comparator.comparing(names::institution).thenComparing(names::displayName)).toList();
        SheetTable perPerson = new SheetTable(people, cells, columns("person", true));
        Map<String, Contribution> perInstitution = new TreeMap<>();
        for (String username : everyone) {
            Contribution contribution = Contribution.of(username, book.surveys(), work, scores);
            Object[] counts = contribution.values(scores);
            perPerson.add(Stream.concat(Stream.of(names.displayName(username), names.institution(username)),
                    Arrays.stream(counts).skip(1)).toArray());
            perInstitution.computeIfAbsent(names.institution(username), institution -> new Contribution())
                    .add(contribution);
        }
        perPerson.finish();
        SheetTable perInstitutionTable = new SheetTable(institutions, cells, columns("institution", false));
        perInstitution.forEach((institution, contribution) -> perInstitutionTable.add(
                Stream.concat(Stream.of(institution), Arrays.stream(contribution.values(scores))).toArray()));
        perInstitutionTable.finish();
    }

    /** Everyone in an investigation's team or review panel, and everyone who wrote a finding, a review or did a task. */
    private Set<String> everyone() {
        Set<String> everyone = new HashSet<>(work.people());
        everyone.addAll(scores.byReviewer().keySet());
        for (SurveyRow survey : book.surveys()) {
            everyone.add(survey.lead());
            everyone.addAll(survey.team());
            everyone.addAll(survey.reviewers());
        }
        everyone.remove(null);
        return everyone;
    }

    private List<Column> columns(String who, boolean perPerson) {
        WorkbookLanguage language = book.language();
        List<Column> columns = new ArrayList<>(List.of(Column.wrapping(language, who, perPerson ? 12 : 24)));
        if (perPerson) {
            columns.add(Column.wrapping(language, "institution", 20));
        }
        COUNTS.stream().skip(perPerson ? 1 : 0).forEach(count -> columns.add(Column.wrapping(language, count, 9)));
        return columns;
    }
}
