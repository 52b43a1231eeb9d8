package org.thinktank.surveyflow.export.word;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.thinktank.surveyflow.adoption.AdoptionStep;
import org.thinktank.surveyflow.adoption.TrackedRecommendation;

/**
 * One recommendation in the adoption report: its number and text, where it stands, and a numbered table of what
 * happened to it in order: the day, the step, the agency or who wrote the instruction (批示) and at which level, and
 * the instruction's text, the policy document with its link, or the reason it was declined.
 */
final class RecommendationHistory {

    private static final List<Integer> COLUMNS = List.of(7, 6, 8, 11);

    private final XWPFDocument document;
    private final Captions captions;
    private final ReportLabels labels;

    RecommendationHistory(XWPFDocument document, Captions captions, ReportLabels labels) {
        this.document = document;
        this.captions = captions;
        this.labels = labels;
    }

    void write(TrackedRecommendation recommendation) {
        XWPFParagraph text = WordText.keepWithNext(WordText.paragraph(document, null));
        String number = labels.get("adoptionExport.report.recommendation", recommendation.number());
        WordText.bold(text, number + CoverPage.colon(number));
        WordText.run(text, recommendation.text());
        XWPFParagraph status = WordText.keepWithNext(WordText.paragraph(document, null));
        String label = labels.get("adoptionExport.column.status");
        WordText.bold(status, label + CoverPage.colon(label));
        WordText.run(status, labels.adoptionStatus(recommendation.status()));
        if (recommendation.steps().isEmpty()) {
            WordText.paragraph(document, null, labels.get("adoptionExport.report.noSteps"));
            return;
        }
        captions.table(document, labels.get("adoptionExport.report.history", recommendation.surveyKey(),
                recommendation.number()));
        WordTables.table(document, List.of(labels.get("adoptionExport.column.date"),
                labels.get("adoptionExport.column.step"), labels.get("adoptionExport.column.who"),
                labels.get("adoptionExport.column.content")), recommendation.steps().stream()
                .map(step -> List.of(labels.date(step.on()), labels.adoptionStep(step.kind()), who(step), content(step)))
                .toList(), COLUMNS);
        WordText.paragraph(document, null);
    }

    /** The agency, or for an instruction who wrote it and at which level. */
    private String who(AdoptionStep step) {
        if (step.kind() != AdoptionStep.Kind.INSTRUCTION) {
            return step.agency();
        }
        return step.level().isBlank() ? step.by() : labels.get("adoptionExport.report.byLevel", step.by(), step.level());
    }

    private String content(AdoptionStep step) {
        if (step.kind() != AdoptionStep.Kind.ADOPTED) {
            return step.text();
        }
        String document = step.document().isBlank() ? "" : labels.get("adoptionExport.report.document", step.document());
        return step.link().isBlank() ? document : (document + "\n" + step.link()).strip();
    }
}
