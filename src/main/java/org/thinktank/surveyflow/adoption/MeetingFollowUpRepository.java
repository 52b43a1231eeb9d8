package org.thinktank.surveyflow.adoption;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeetingFollowUpRepository {

    private final JdbcClient jdbc;

    MeetingFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<List<Integer>> find(long meetingId) {
        return jdbc.sql("select months from meeting_follow_up where meeting_id = ?").param(meetingId)
                .query((rs, n) -> Arrays.asList((Integer[]) rs.getArray("months").getArray())).optional();
    }

    void store(long meetingId, List<Integer> months) {
        jdbc.sql("""
                        insert into meeting_follow_up (meeting_id, months) values (?, ?)
                        on conflict (meeting_id) do update set months = excluded.months""")
                .params(meetingId, months.toArray(new Integer[0])).update();
    }
}
