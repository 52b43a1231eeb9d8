package org.thinktank.surveyflow.questionnaire;

/** A dataset with its summary, as its readers see it. */
public record DatasetView(Dataset dataset, DatasetSummary summary) {

    /** The summary of one question; null when the dataset has no question of that name. */
    public QuestionSummary question(String question) {
        return summary.questions().stream().filter(q -> q.question().equals(question)).findFirst().orElse(null);
    }
}
