package org.thinktank.surveyflow.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DatasetRepository {

    private static final String COLUMNS = "id, survey_id, title, file_name, content_type, size_bytes, "
            + "(summary ->> 'respondents')::bigint as respondents, uploaded_by, uploaded_at";
    private static final RowMapper<Dataset> DATASET = (rs, n) -> new Dataset(rs.getLong("id"), rs.getLong("survey_id"),
            rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getLong("respondents"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;

    DatasetRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Stores a dataset, its file streamed from {@code content} ({@code size} bytes), and returns its id. */
    long insert(long surveyId, String title, String fileName, String contentType, InputStream content, long size,
                DatasetSummary summary, String uploadedBy, Instant uploadedAt) {
        String summaryJson = write(summary);
        return template.query(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into questionnaire_dataset (survey_id, title, file_name, content_type, size_bytes, content,
                        summary, uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id""");
            insert.setLong(1, surveyId);
            insert.setString(2, title);
            insert.setString(3, fileName);
            insert.setString(4, contentType);
            insert.setLong(5, size);
            insert.setBinaryStream(6, content, size);
            insert.setString(7, summaryJson);
            insert.setString(8, uploadedBy);
            insert.setTimestamp(9, Timestamp.from(uploadedAt));
            return insert;
        }, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    List<Dataset> ofSurvey(long surveyId) {
        return jdbc.sql("select " + COLUMNS + " from questionnaire_dataset where survey_id = ? order by id")
                .param(surveyId).query(DATASET).list();
    }

    List<Dataset> ofMeeting(long meetingId) {
        return jdbc.sql("select " + COLUMNS.replace("id, survey_id", "d.id, d.survey_id") + """
                 from questionnaire_dataset d join survey s on s.id = d.survey_id
                where s.meeting_id = ? order by s.business_key, d.id""").param(meetingId).query(DATASET).list();
    }

    Optional<Dataset> find(long surveyId, long datasetId) {
        return jdbc.sql("select " + COLUMNS + " from questionnaire_dataset where survey_id = ? and id = ?")
                .params(surveyId, datasetId).query(DATASET).optional();
    }

    DatasetSummary summary(long datasetId) {
        return read(jdbc.sql("select summary from questionnaire_dataset where id = ?").param(datasetId)
                .query(String.class).single());
    }

    byte[] content(long datasetId) {
        return jdbc.sql("select content from questionnaire_dataset where id = ?").param(datasetId)
                .query(byte[].class).single();
    }

    void delete(long datasetId) {
        jdbc.sql("delete from questionnaire_dataset where id = ?").param(datasetId).update();
    }

    private String write(DatasetSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DatasetSummary read(String summary) {
        try {
            return json.readValue(summary, DatasetSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
