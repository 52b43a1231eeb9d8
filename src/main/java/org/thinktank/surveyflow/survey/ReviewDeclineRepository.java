package org.thinktank.surveyflow.survey;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewDeclineRepository {

    private final JdbcClient jdbc;

    ReviewDeclineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long surveyId, ReviewDecline decline) {
        jdbc.sql("""
                insert into review_decline (survey_id, reviewer, version_number, reason, declined_at)
                values (?, ?, ?, ?, ?)""")
                .params(surveyId, decline.reviewer(), decline.versionNumber(), decline.reason(),
                        Timestamp.from(decline.declinedAt()))
                .update();
    }

    List<ReviewDecline> ofSurvey(long surveyId) {
        return jdbc.sql("""
                select reviewer, version_number, reason, declined_at from review_decline
                where survey_id = ? order by declined_at, id""")
                .param(surveyId)
                .query((rs, row) -> new ReviewDecline(rs.getString("reviewer"), rs.getInt("version_number"),
                        rs.getString("reason"), rs.getTimestamp("declined_at").toInstant()))
                .list();
    }
}
