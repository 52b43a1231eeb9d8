package org.thinktank.surveyflow.workflow;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NudgeRepository {

    private final JdbcClient jdbc;

    NudgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a nudge unless the task was nudged that day already; answers whether it was recorded. */
    boolean insert(Nudge nudge, LocalDate day) {
        return jdbc.sql("""
                        insert into task_nudge (task_id, nudged_on, survey_id, task_key, holder, organizer, nudged_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (task_id, nudged_on) do nothing""")
                .params(nudge.taskId(), day, nudge.surveyId(), nudge.taskKey(), nudge.holder(), nudge.organizer(),
                        Timestamp.from(nudge.nudgedAt()))
                .update() == 1;
    }

    /** The tasks of an investigation nudged on a day. */
    Set<String> nudgedOn(long surveyId, LocalDate day) {
        return Set.copyOf(jdbc.sql("select task_id from task_nudge where survey_id = ? and nudged_on = ?")
                .params(surveyId, day).query(String.class).list());
    }
}
