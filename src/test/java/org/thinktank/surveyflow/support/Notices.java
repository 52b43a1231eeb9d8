package org.thinktank.surveyflow.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.survey.Survey;

/** The notices the application recorded, read straight from the database, for tests of who was told what. */
@Component("noticesOfTests")
public class Notices {

    /** One recorded notice as its recipient reads it. */
    public record Notice(String recipient, String kind, String subject, String body) {
    }

    private final JdbcClient jdbc;

    public Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The notices of a kind about an investigation, oldest first. */
    public List<Notice> of(Survey survey, String kind) {
        return jdbc.sql("""
                        select recipient, kind, subject, body from notification where survey_id = ? and kind = ?
                        order by id""")
                .params(survey.id(), kind)
                .query((rs, n) -> new Notice(rs.getString("recipient"), rs.getString("kind"), rs.getString("subject"),
                        rs.getString("body")))
                .list();
    }

    /** The notices of a kind about an investigation that one person received. */
    public List<Notice> of(Survey survey, String kind, String recipient) {
        return of(survey, kind).stream().filter(notice -> notice.recipient().equals(recipient)).toList();
    }
}
