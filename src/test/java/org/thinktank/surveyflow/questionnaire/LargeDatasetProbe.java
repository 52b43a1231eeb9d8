package org.thinktank.surveyflow.questionnaire;

import java.nio.file.Path;

/** Summarises the dataset files it is given and prints each one's respondents; run by {@link LargeDatasetMemoryTests} in a JVM of its own. */
public final class LargeDatasetProbe {

    private LargeDatasetProbe() {
    }

    public static void main(String[] files) {
        QuestionnaireReader reader = new QuestionnaireReader();
        for (String file : files) {
            DatasetSummary summary = reader.summarise(DatasetFile.of(Path.of(file), Long.MAX_VALUE));
            System.out.println(Path.of(file).getFileName() + " " + summary.respondents() + " " + summary.questions().size());
        }
    }
}
