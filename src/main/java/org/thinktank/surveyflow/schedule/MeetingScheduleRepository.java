package org.thinktank.surveyflow.schedule;

import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeetingScheduleRepository {

    private static final RowMapper<ScheduleTemplate> TEMPLATE = (rs, n) -> new ScheduleTemplate(
            rs.getInt("plan_offset"), rs.getInt("findings_offset"), rs.getInt("draft_offset"),
            rs.getInt("review_offset"), rs.getInt("approval_offset"));

    private final JdbcClient jdbc;

    MeetingScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ScheduleTemplate> find(long meetingId) {
        return jdbc.sql("select plan_offset, findings_offset, draft_offset, review_offset, approval_offset"
                + " from meeting_schedule where meeting_id = ?").param(meetingId).query(TEMPLATE).optional();
    }

    void store(long meetingId, ScheduleTemplate template) {
        jdbc.sql("""
                        insert into meeting_schedule (meeting_id, plan_offset, findings_offset, draft_offset, review_offset,
                            approval_offset) values (?, ?, ?, ?, ?, ?)
                        on conflict (meeting_id) do update set plan_offset = excluded.plan_offset,
                            findings_offset = excluded.findings_offset, draft_offset = excluded.draft_offset,
                            review_offset = excluded.review_offset, approval_offset = excluded.approval_offset""")
                .params(meetingId, template.planOffset(), template.findingsOffset(), template.draftOffset(),
                        template.reviewOffset(), template.approvalOffset())
                .update();
    }
}
