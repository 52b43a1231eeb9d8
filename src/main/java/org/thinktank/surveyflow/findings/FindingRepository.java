package org.thinktank.surveyflow.findings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;

@Repository
class FindingRepository {

    private static final String SELECT = """
            select id, survey_id, author, title, method, place, observed_on, evidence, recommendation, sources,
                   status, created_at, updated_at, submitted_at
            from finding""";

    /** The findings of an investigation a reader may see: the submitted ones and the reader's own drafts. */
    private static final String VISIBLE = " where survey_id = :survey and (status = 'SUBMITTED' or author = :reader)";
    private static final String NEWEST_FIRST = " order by created_at desc, id desc";

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long surveyId, String author, FindingForm form, Instant now) {
        long id = jdbc.sql("""
                insert into finding (survey_id, author, title, method, place, observed_on, evidence, recommendation,
                    sources, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) returning id""")
                .params(surveyId, author, form.title(), form.method().name(), form.place(), form.observedOn(),
                        form.evidence(), form.recommendation(), form.sources(), Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
        insertFigures(id, form.figures());
        return id;
    }

    void update(long id, FindingForm form, Instant now) {
        jdbc.sql("""
                update finding set title = ?, method = ?, place = ?, observed_on = ?, evidence = ?, recommendation = ?,
                    sources = ?, updated_at = ?
                where id = ?""")
                .params(form.title(), form.method().name(), form.place(), form.observedOn(), form.evidence(),
                        form.recommendation(), form.sources(), Timestamp.from(now), id)
                .update();
        jdbc.sql("delete from finding_figure where finding_id = ?").param(id).update();
        insertFigures(id, form.figures());
    }

    /** Deletes a finding; its figures and attachments go with it (on delete cascade). */
    void delete(long id) {
        jdbc.sql("delete from finding where id = ?").param(id).update();
    }

    private void insertFigures(long findingId, List<Figure> figures) {
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            jdbc.sql("insert into finding_figure (finding_id, position, name, value, unit) values (?, ?, ?, ?, ?)")
                    .params(findingId, i, figure.name(), figure.value(), figure.unit()).update();
        }
    }

    int submitDrafts(long surveyId, String author, Instant now) {
        return jdbc.sql("""
                update finding set status = 'SUBMITTED', submitted_at = ?
                where survey_id = ? and author = ? and status = 'DRAFT'""")
                .params(Timestamp.from(now), surveyId, author).update();
    }

    Optional<Finding> find(long surveyId, long id) {
        return withFigures(jdbc.sql(SELECT + " where survey_id = ? and id = ?").params(surveyId, id)
                .query(this::findingRow).list()).stream().findFirst();
    }

    List<Finding> ofSurvey(long surveyId) {
        return withFigures(jdbc.sql(SELECT + " where survey_id = ? order by id").param(surveyId)
                .query(this::findingRow).list());
    }

    /** Every finding of an investigation the reader may see, in the order they were added. */
    List<Finding> visibleTo(long surveyId, String reader) {
        return withFigures(jdbc.sql(SELECT + VISIBLE + " order by id").param("survey", surveyId).param("reader", reader)
                .query(this::findingRow).list());
    }

    /** A page of the findings of an investigation the reader may see and the filter keeps, newest first. */
    Page<Finding> visibleTo(long surveyId, String reader, FindingFilter filter, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("survey", surveyId, "reader", reader));
        StringBuilder where = new StringBuilder(VISIBLE);
        if (filter.author() != null) {
            where.append(" and author = :author");
            params.put("author", filter.author());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        long total = jdbc.sql("select count(*) from finding" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Finding> findings = jdbc.sql(SELECT + where + NEWEST_FIRST + " limit :limit offset :offset").params(params)
                .query(this::findingRow).list();
        return Page.of(withFigures(findings), page, total);
    }

    boolean hasSubmitted(long surveyId, String author) {
        return jdbc.sql("select count(*) from finding where survey_id = ? and author = ? and status = 'SUBMITTED'")
                .params(surveyId, author).query(Integer.class).single() > 0;
    }

    private List<Finding> withFigures(List<Finding> findings) {
        if (findings.isEmpty()) {
            return findings;
        }
        Map<Long, List<Figure>> figures = new HashMap<>();
        jdbc.sql("select finding_id, name, value, unit from finding_figure where finding_id in (:ids) order by finding_id, position")
                .param("ids", findings.stream().map(Finding::id).toList())
                .query(rs -> {
                    figures.computeIfAbsent(rs.getLong("finding_id"), k -> new ArrayList<>())
                            .add(new Figure(rs.getString("name"), rs.getBigDecimal("value"),
                                    rs.getString("unit")));
                });
        return findings.stream().map(f -> f.withFigures(List.copyOf(figures.getOrDefault(f.id(), List.of()))))
                .toList();
    }

    private Finding findingRow(ResultSet rs, int rowNum) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Finding(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("author"), rs.getString("title"),
                FieldMethod.valueOf(rs.getString("method")), rs.getString("place"),
                rs.getObject("observed_on", LocalDate.class), rs.getString("evidence"), rs.getString("recommendation"),
                rs.getString("sources"), FindingStatus.valueOf(rs.getString("status")), List.of(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }
}
