package org.thinktank.surveyflow.questionnaire;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChosenTableRepository {

    private static final String COLUMNS = "t.id, t.dataset_id, t.question, t.by_question, t.title, t.caption, t.chart, t.position";
    private static final RowMapper<ChosenTable> TABLE = (rs, n) -> new ChosenTable(rs.getLong("id"),
            rs.getLong("dataset_id"), rs.getString("question"), rs.getString("by_question"), rs.getString("title"),
            rs.getString("caption"), rs.getBoolean("chart"), rs.getInt("position"));

    private final JdbcClient jdbc;

    ChosenTableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a table after the investigation's last one and returns it. */
    ChosenTable insert(long surveyId, long datasetId, TableChoice choice) {
        long id = jdbc.sql("""
                insert into report_table (dataset_id, question, by_question, title, caption, chart, position)
                values (:dataset, :question, :by, :title, :caption, :chart, (select coalesce(max(t.position), 0) + 1
                    from report_table t join questionnaire_dataset d on d.id = t.dataset_id where d.survey_id = :survey))
                returning id""")
                .param("dataset", datasetId).param("question", choice.question()).param("by", choice.by())
                .param("title", choice.title()).param("caption", choice.caption()).param("chart", choice.chart())
                .param("survey", surveyId).query(Long.class).single();
        return find(surveyId, id).orElseThrow();
    }

    /** The investigation's tables in report order. */
    List<ChosenTable> ofSurvey(long surveyId) {
        return jdbc.sql("select " + COLUMNS + """
                 from report_table t join questionnaire_dataset d on d.id = t.dataset_id
                where d.survey_id = ? order by t.position, t.id""").param(surveyId).query(TABLE).list();
    }

    Optional<ChosenTable> find(long surveyId, long tableId) {
        return jdbc.sql("select " + COLUMNS + """
                 from report_table t join questionnaire_dataset d on d.id = t.dataset_id
                where d.survey_id = ? and t.id = ?""").params(surveyId, tableId).query(TABLE).optional();
    }

    void delete(long tableId) {
        jdbc.sql("delete from report_table where id = ?").param(tableId).update();
    }
}
