package org.thinktank.surveyflow.questionnaire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;

/**
 * A question's summary as figures of one of the researcher's own draft findings, so nobody retypes percentages: each
 * option's share in percent, and a number's or scale's mean and median. The figures are added after the finding's
 * own, in the researcher's language.
 */
@Service
public class DatasetFigures {

    static final int MOST_FIGURES = 50;
    private static final int NAME_LENGTH = 200;
    private static final int QUESTION_IN_NAME = 150;

    private final QuestionnaireDatasets datasets;
    private final FindingsBook findings;
    private final ProblemMessages messages;

    DatasetFigures(QuestionnaireDatasets datasets, FindingsBook findings, ProblemMessages messages) {
        this.datasets = datasets;
        this.findings = findings;
        this.messages = messages;
    }

    @Transactional
    public Finding addToFinding(long surveyId, long datasetId, Actor actor, FigureChoice choice, Locale locale) {
        Finding finding = findings.ownDraft(surveyId, choice.findingId(), actor);
        DatasetView view = datasets.view(surveyId, datasetId, actor);
        QuestionSummary question = Questions.require(view, "question", choice.question());
        List<Figure> figures = new ArrayList<>(finding.figures());
        figures.addAll(figuresOf(question, locale));
        if (figures.size() == finding.figures().size()) {
            throw InvalidRequestException.of(InputProblem.of("question", "dataset.noFigures", choice.question()));
        }
        if (figures.size() > MOST_FIGURES) {
            throw InvalidRequestException.of(InputProblem.of("question", "dataset.tooManyFigures",
                    choice.question(), MOST_FIGURES));
        }
        return findings.edit(surveyId, finding.id(), actor, new FindingForm(finding.title(), finding.method(),
                finding.place(), finding.observedOn(), finding.evidence(), finding.recommendation(), finding.sources(),
                figures));
    }

    /** The figures a question gives: shares of its options, then its mean and median; none for free text. */
    List<Figure> figuresOf(QuestionSummary question, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        for (OptionCount option : question.options()) {
            figures.add(new Figure(name(option.option()), rounded(option.share() * 100, 1), "%"));
        }
        if (question.spread() != null) {
            // the question, shortened, leaves room in the figure's name for the words around it
            String asked = question.question().length() <= QUESTION_IN_NAME ? question.question()
                    : question.question().substring(0, QUESTION_IN_NAME - 1) + "…";
            figures.add(new Figure(name(messages.text(Reason.of("dataset.figure.mean", asked), locale)),
                    rounded(question.spread().mean(), 2), ""));
            figures.add(new Figure(name(messages.text(Reason.of("dataset.figure.median", asked), locale)),
                    rounded(question.spread().median(), 2), ""));
        }
        return figures;
    }

    private static String name(String text) {
        return text.length() <= NAME_LENGTH ? text : text.substring(0, NAME_LENGTH - 1) + "…";
    }

    private static BigDecimal rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
