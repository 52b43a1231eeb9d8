package org.thinktank.surveyflow.export.word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.thinktank.surveyflow.adoption.AdoptionFigures;
import org.thinktank.surveyflow.adoption.AdoptionStatus;
import org.thinktank.surveyflow.adoption.MeetingAdoption;
import org.thinktank.surveyflow.adoption.TrackedRecommendation;

/**
 * The first section of the adoption report: how many recommendations, the adoption rate and the median days from
 * the meeting to adoption, then numbered tables by status (with a native chart), by agency and by investigation.
 * The numbers are those of {@link AdoptionFigures}, which the dashboard and the workbook show too.
 */
final class AdoptionFiguresSection {

    /** The statuses a recommendation can reach at an agency: it was sent there first. */
    private static final List<AdoptionStatus> AT_AN_AGENCY = Arrays.stream(AdoptionStatus.values())
            .filter(status -> status != AdoptionStatus.PENDING).toList();

    private final XWPFDocument document;
    private final Captions captions;
    private final ReportLabels labels;

    AdoptionFiguresSection(XWPFDocument document, Captions captions, ReportLabels labels) {
        this.document = document;
        this.captions = captions;
        this.labels = labels;
    }

    void write(MeetingAdoption adoption, AdoptionFigures figures) {
        WordText.keepWithNext(WordText.paragraph(document, "Heading1", "1　" + labels.get("adoptionExport.report.figures")));
        WordText.paragraph(document, null, labels.get("adoptionExport.report.rate", figures.total(),
                figures.byStatus().get(AdoptionStatus.ADOPTED), WordNumbers.percent(figures.adoptionRate())));
        WordText.paragraph(document, null, figures.medianDaysToAdopt().isPresent()
                ? labels.get("adoptionExport.report.medianDays", WordNumbers.decimal(figures.medianDaysToAdopt().getAsDouble()))
                : labels.get("adoptionExport.report.noneAdopted"));
        byStatus(figures);
        byAgency(figures);
        bySurvey(adoption, figures);
    }

    private void byStatus(AdoptionFigures figures) {
        captions.table(document, labels.get("adoptionExport.report.byStatus"));
        List<List<String>> rows = new ArrayList<>();
        figures.byStatus().forEach((status, count) -> rows.add(List.of(labels.adoptionStatus(status),
                String.valueOf(count), share(count, figures.total()))));
        rows.add(List.of(labels.get("adoptionExport.column.total"), String.valueOf(figures.total()), share(figures.total(), figures.total())));
        WordTables.rightAligned(WordTables.table(document, List.of(labels.get("adoptionExport.column.status"),
                labels.get("adoptionExport.column.count"), labels.get("adoptionExport.column.share")), rows,
                List.of(4, 2, 2)), 1);
        WordText.paragraph(document, null);
        FigureChart.writeCounts(document, figures.byStatus().keySet().stream().map(labels::adoptionStatus).toList(),
                figures.byStatus().values().stream().map(Integer::doubleValue).toList(),
                labels.get("adoptionExport.column.count"));
        captions.figure(document, labels.get("adoptionExport.report.byStatus"));
    }

    private void byAgency(AdoptionFigures figures) {
        if (figures.byAgency().isEmpty()) {
            WordText.paragraph(document, null, labels.get("adoptionExport.report.noAgency"));
            return;
        }
        captions.table(document, labels.get("adoptionExport.report.byAgency"));
        List<String> headers = new ArrayList<>(List.of(labels.get("adoptionExport.column.agency")));
        AT_AN_AGENCY.forEach(status -> headers.add(labels.adoptionStatus(status)));
        headers.add(labels.get("adoptionExport.column.total"));
        List<List<String>> rows = new ArrayList<>();
        figures.byAgency().forEach((agency, counts) -> {
            List<String> row = new ArrayList<>(List.of(agency));
            row.addAll(counts(counts, AT_AN_AGENCY));
            rows.add(row);
        });
        List<Integer> weights = new ArrayList<>(List.of(3));
        weights.addAll(Collections.nCopies(headers.size() - 1, 2));
        WordTables.rightAligned(WordTables.table(document, headers, rows, weights), 1);
        WordText.paragraph(document, null);
    }

    /** Per investigation its recommendations, how many were adopted and declined, and its adoption rate. */
    private void bySurvey(MeetingAdoption adoption, AdoptionFigures figures) {
        captions.table(document, labels.get("adoptionExport.report.bySurvey"));
        List<String> headers = List.of(labels.get("adoptionExport.column.survey"),
                labels.get("adoptionExport.column.topic"), labels.get("adoptionExport.column.count"),
                labels.adoptionStatus(AdoptionStatus.ADOPTED), labels.adoptionStatus(AdoptionStatus.DECLINED),
                labels.get("adoptionExport.column.rate"));
        List<List<String>> rows = new ArrayList<>();
        figures.bySurvey().forEach((surveyKey, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            int adopted = counts.get(AdoptionStatus.ADOPTED);
            rows.add(List.of(surveyKey, topic(adoption, surveyKey), String.valueOf(total), String.valueOf(adopted),
                    String.valueOf(counts.get(AdoptionStatus.DECLINED)), share(adopted, total)));
        });
        WordTables.rightAligned(WordTables.table(document, headers, rows, List.of(3, 5, 3, 3, 3, 3)), 2);
        WordText.paragraph(document, null);
    }

    /** The counts of {@code statuses}, then their total. */
    private static List<String> counts(Map<AdoptionStatus, Integer> counts, List<AdoptionStatus> statuses) {
        List<String> cells = new ArrayList<>();
        statuses.forEach(status -> cells.add(String.valueOf(counts.getOrDefault(status, 0))));
        cells.add(String.valueOf(statuses.stream().mapToInt(status -> counts.getOrDefault(status, 0)).sum()));
        return cells;
    }

    private static String topic(MeetingAdoption adoption, String surveyKey) {
        return adoption.recommendations().stream().filter(recommendation -> recommendation.surveyKey().equals(surveyKey))
                .map(TrackedRecommendation::topic).findFirst().orElse("");
    }

    private static String share(int count, int total) {
        return WordNumbers.percent(total == 0 ? 0 : count / (double) total);
    }

}
