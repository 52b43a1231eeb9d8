package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50,000-respondent, 40-question dataset is summarised in a JVM whose heap is 64 MB, a fraction of the files'
 * size once read: the reader streams rather than loading the table.
 */
class LargeDatasetMemoryTests {

    private static final int RESPONDENTS = 50_000;
    private static final int QUESTIONS = 40;

    @Test
    void fiftyThousandRespondentsAreSummarisedInA64MegabyteHeap(@TempDir Path directory) throws Exception {
        Path xlsx = QuestionnaireFiles.largeXlsx(directory, RESPONDENTS, QUESTIONS);
        Path csv = QuestionnaireFiles.largeCsv(directory, RESPONDENTS, QUESTIONS);

        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                LargeDatasetProbe.class.getName(), xlsx.toString(), csv.toString())
                .redirectErrorStream(true).start();
        String output = output(probe);

        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("large-")).toList()).containsExactly(
                xlsx.getFileName() + " " + RESPONDENTS + " " + QUESTIONS,
                csv.getFileName() + " " + RESPONDENTS + " " + QUESTIONS);
    }

    private static String output(Process process) throws IOException, InterruptedException {
        byte[] bytes = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
