package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.questionnaire.QuestionnaireFiles.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.questionnaire.reading.DatasetRows;

/** The raw rows, for the organizers' own copy: every column, metadata included, each row with its number. */
class DatasetRowsTests {

    @Test
    void theRawRowsKeepEveryColumnAndTheirRowNumbers() {
        List<String> header = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();

        new QuestionnaireReader().readRows(DatasetFile.of("问卷星.csv", wenjuanxingCsv(3), 1024 * 1024), new DatasetRows() {
            @Override
            public void header(List<String> names) {
                header.addAll(names);
            }

            @Override
            public void row(long rowNumber, List<String> cells) {
                numbers.add(rowNumber);
                rows.add(cells);
            }
        });

        assertThat(header).isEqualTo(wenjuanxingRows(3).get(0));
        assertThat(numbers).containsExactly(2L, 3L, 4L);
        assertThat(rows).isEqualTo(wenjuanxingRows(3).subList(1, 4));
    }
}
