package org.thinktank.surveyflow.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.questionnaire.reading.DatasetRows;
import org.thinktank.surveyflow.questionnaire.reading.DatasetTable;

/**
 * Reads questionnaire datasets as Wenjuanxing, KoboToolbox and LimeSurvey export them (.xlsx or .csv, one row per
 * respondent) and summarises each question, streaming, in memory that does not grow with the number of rows beyond
 * the numbers kept for medians. A file that cannot be read is refused with an
 * {@link InvalidRequestException} in the reader's language, naming the row and column when there is one; nothing is
 * kept of it.
 */
@Component
public class QuestionnaireReader {

    /** Each question detected and summarised, the tools' metadata columns named and left out. */
    public DatasetSummary summarise(DatasetFile file) {
        return tally(file).summary();
    }

    /**
     * Counts a choice or scale question by the options of another (region, institution type); reads the file twice.
     * Refused when either question is not in the dataset or is a number or free text.
     */
    public CrossTable crossTabulate(DatasetFile file, String question, String byQuestion) {
        DatasetTally tally = tally(file);
        DatasetSummary summary = tally.summary();
        List<DatasetQuestion> questions = tally.questions();
        DatasetQuestion rows = countable(questions, question);
        DatasetQuestion columns = countable(questions, byQuestion);
        CrossTabulation cross = new CrossTabulation(rows, optionsOf(summary, question), columns,
                optionsOf(summary, byQuestion));
        read(file, cross);
        return cross.table();
    }

    /** The dataset's rows as read and checked, header first, every column kept: for the organizers' raw copy. */
    public void readRows(DatasetFile file, DatasetRows rows) {
        read(file, rows);
    }

    private DatasetTally tally(DatasetFile file) {
        DatasetTally tally = new DatasetTally();
        read(file, tally);
        return tally;
    }

    private static void read(DatasetFile file, DatasetRows rows) {
        try (InputStream content = file.content().open()) {
            DatasetTable.read(file.fileName(), content, file.maxBytes(), rows);
        } catch (IOException e) {
            throw InvalidRequestException.of(InputProblem.of("file", "questionnaire.unreadable"));
        }
    }

    private static DatasetQuestion countable(List<DatasetQuestion> questions, String name) {
        Optional<DatasetQuestion> found = questions.stream().filter(q -> q.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            throw InvalidRequestException.of(InputProblem.ofRequest("questionnaire.unknownQuestion", String.valueOf(name)));
        }
        QuestionKind kind = found.get().kind();
        if (kind == QuestionKind.NUMBER || kind == QuestionKind.FREE_TEXT) {
            throw InvalidRequestException.of(InputProblem.ofRequest("questionnaire.notCountable", name));
        }
        return found.get();
    }

    private static List<String> optionsOf(DatasetSummary summary, String question) {
        return summary.questions().stream().filter(q -> q.question().equals(question)).findFirst()
                .map(q -> q.options().stream().map(OptionCount::option).toList()).orElse(List.of());
    }
}
