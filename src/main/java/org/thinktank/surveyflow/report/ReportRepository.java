package org.thinktank.surveyflow.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    private static final String SELECT = """
            select id, survey_id, number, status, summary, background, method, findings, recommendations, author,
                   created_at, updated_at, submitted_at
            from report_version""";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportVersion> draft(long surveyId) {
        return jdbc.sql(SELECT + " where survey_id = ? and status = 'DRAFT'").param(surveyId).query(this::row).optional();
    }

    Optional<ReportVersion> version(long surveyId, int number) {
        return jdbc.sql(SELECT + " where survey_id = ? and number = ?").params(surveyId, number).query(this::row).optional();
    }

    Optional<ReportVersion> latestSubmitted(long surveyId) {
        return jdbc.sql(SELECT + " where survey_id = ? and status = 'SUBMITTED' order by number desc limit 1")
                .param(surveyId).query(this::row).optional();
    }

    List<ReportVersion> all(long surveyId) {
        return jdbc.sql(SELECT + " where survey_id = ? order by number").param(surveyId).query(this::row).list();
    }

    void insertDraft(long surveyId, String author, ReportSections sections, Instant now) {
        jdbc.sql("""
                insert into report_version (survey_id, number, status, summary, background, method, findings,
                    recommendations, author, created_at, updated_at)
                values (?, (select coalesce(max(number), 0) + 1 from report_version where survey_id = ?), 'DRAFT',
                    ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(surveyId, surveyId, sections.summary(), sections.background(), sections.method(),
                        sections.findings(), sections.recommendations(), author, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    void updateDraft(long id, ReportSections sections, Instant now) {
        jdbc.sql("""
                update report_version set summary = ?, background = ?, method = ?, findings = ?, recommendations = ?,
                    updated_at = ?
                where id = ? and status = 'DRAFT'""")
                .params(sections.summary(), sections.background(), sections.method(), sections.findings(),
                        sections.recommendations(), Timestamp.from(now), id)
                .update();
    }

    void freeze(long id, Instant now) {
        jdbc.sql("update report_version set status = 'SUBMITTED', submitted_at = ? where id = ? and status = 'DRAFT'")
                .params(Timestamp.from(now), id).update();
    }

    void reopen(long id) {
        jdbc.sql("update report_version set status = 'DRAFT', submitted_at = null where id = ? and status = 'SUBMITTED'")
                .param(id).update();
    }

    private ReportVersion row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new ReportVersion(rs.getLong("id"), rs.getLong("survey_id"), rs.getInt("number"),
                VersionStatus.valueOf(rs.getString("status")),
                new ReportSections(rs.getString("summary"), rs.getString("background"), rs.getString("method"),
                        rs.getString("findings"), rs.getString("recommendations")),
                rs.getString("author"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), submitted == null ? null : submitted.toInstant());
    }
}
