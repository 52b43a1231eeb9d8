package org.thinktank.surveyflow.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private static final String SELECT = """
            select r.id, r.survey_id, v.number, r.reviewer, r.relevance, r.evidence, r.feasibility, r.clarity,
                   r.recommendation, r.comments_for_authors, r.confidential_comments, r.submitted_at
            from review r join report_version v on v.id = r.report_version_id""";

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the review unless the reviewer already has one of that version; false when they had. A review of the same
     * version stored by a concurrent transaction is waited for, so of two identical submissions exactly one is stored.
     */
    boolean insertIfFirst(long surveyId, long versionId, String reviewer, ReviewForm form, Instant now) {
        return jdbc.sql("""
                insert into review (survey_id, report_version_id, reviewer, relevance, evidence, feasibility, clarity,
                    recommendation, comments_for_authors, confidential_comments, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (report_version_id, reviewer) do nothing""")
                .params(surveyId, versionId, reviewer, form.relevance(), form.evidence(), form.feasibility(),
                        form.clarity(), form.recommendation().name(), form.commentsForAuthors(),
                        form.confidentialComments(), Timestamp.from(now))
                .update() > 0;
    }

    List<Review> ofSurvey(long surveyId) {
        return jdbc.sql(SELECT + " where r.survey_id = ? order by v.number, r.reviewer").param(surveyId)
                .query(this::row).list();
    }

    List<Review> ofVersion(long surveyId, int number) {
        return jdbc.sql(SELECT + " where r.survey_id = ? and v.number = ? order by r.reviewer")
                .params(surveyId, number).query(this::row).list();
    }

    private Review row(ResultSet rs, int rowNum) throws SQLException {
        return new Review(rs.getLong("id"), rs.getLong("survey_id"), rs.getInt("number"), rs.getString("reviewer"),
                rs.getInt("relevance"), rs.getInt("evidence"), rs.getInt("feasibility"), rs.getInt("clarity"),
                Recommendation.valueOf(rs.getString("recommendation")), rs.getString("comments_for_authors"),
                rs.getString("confidential_comments"), rs.getTimestamp("submitted_at").toInstant());
    }
}
