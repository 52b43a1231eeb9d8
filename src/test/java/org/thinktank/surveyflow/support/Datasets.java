package org.thinktank.surveyflow.support;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Questionnaire datasets stored straight into an investigation whatever its stage, for tests of who may do what
 * with them: one single-choice question {@link #QUESTION} (华东 2, 华北 1) and its raw CSV.
 */
@Component
public class Datasets {

    public static final String QUESTION = "地区";
    private static final String CSV = "地区\n华东\n华北\n华东\n";
    private static final String SUMMARY = """
            {"respondents":3,"hiddenColumns":[],"questions":[{"question":"地区","kind":"SINGLE_CHOICE","answers":3,
             "options":[{"option":"华东","count":2,"share":0.6667},{"option":"华北","count":1,"share":0.3333}],
             "spread":null,"sampleAnswers":[]}]}""";

    private final JdbcClient jdbc;

    public Datasets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dataset uploaded by {@code uploader}; its id. */
    public long stored(long surveyId, String uploader) {
        byte[] content = CSV.getBytes(StandardCharsets.UTF_8);
        return jdbc.sql("""
                insert into questionnaire_dataset (survey_id, title, file_name, content_type, size_bytes, content,
                    summary, uploaded_by, uploaded_at)
                values (?, '测试问卷', 'test.csv', 'text/csv', ?, ?, cast(? as jsonb), ?, ?) returning id""")
                .params(surveyId, content.length, content, SUMMARY, uploader, Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }

    /** A report table of {@link #QUESTION} chosen from a dataset; its id. */
    public long chosenTable(long datasetId) {
        return jdbc.sql("""
                insert into report_table (dataset_id, question, title, caption, chart, position)
                values (?, ?, '测试表', '', true, 1) returning id""").params(datasetId, QUESTION)
                .query(Long.class).single();
    }
}
