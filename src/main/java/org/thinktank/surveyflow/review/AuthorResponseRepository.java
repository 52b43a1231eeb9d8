package org.thinktank.surveyflow.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.report.VersionStatus;

@Repository
class AuthorResponseRepository {

    private final JdbcClient jdbc;

    AuthorResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A response is frozen once a version newer than the one its review is of was submitted. */
    List<AuthorResponse> ofSurvey(long surveyId) {
        return jdbc.sql("""
                select a.review_id, a.version_number, r.reviewer, a.response, a.author, a.updated_at,
                       exists (select 1 from report_version v where v.survey_id = a.survey_id
                               and v.status = 'SUBMITTED' and v.number > a.version_number) as frozen
                from author_response a join review r on r.id = a.review_id
                where a.survey_id = ? order by a.version_number, r.reviewer""")
                .param(surveyId).query(this::row).list();
    }

    int save(long surveyId, int versionNumber, long reviewId, String text, String author, Instant now) {
        return jdbc.sql("""
                insert into author_response (survey_id, version_number, review_id, response, author, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (review_id) do update
                    set response = excluded.response, author = excluded.author, updated_at = excluded.updated_at""")
                .params(surveyId, versionNumber, reviewId, text, author, Timestamp.from(now)).update();
    }

    int delete(long reviewId) {
        return jdbc.sql("delete from author_response where review_id = ?").param(reviewId).update();
    }

    private AuthorResponse row(ResultSet rs, int rowNum) throws SQLException {
        return new AuthorResponse(rs.getLong("review_id"), rs.getInt("version_number"), rs.getString("reviewer"),
                rs.getString("response"), rs.getBoolean("frozen") ? VersionStatus.SUBMITTED : VersionStatus.DRAFT,
                rs.getString("author"), rs.getTimestamp("updated_at").toInstant());
    }
}
