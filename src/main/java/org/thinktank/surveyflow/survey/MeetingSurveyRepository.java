package org.thinktank.surveyflow.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A meeting's investigations, counted per stage and listed a page at a time. Whether one is overdue comes from
 * {@code survey.stage_due}, the due date of the stage it is in, which the database keeps with the row (V10).
 */
@Repository
class MeetingSurveyRepository {

    /** Per stage: how many, how many overdue, and the sums of whole minutes that the averages are made of. */
    record StageSums(SurveyStage stage, long surveys, long overdue, long ended, long cycleMinutes, long stageMinutes) {
    }

    private final JdbcClient jdbc;

    MeetingSurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StageSums> sumsPerStage(long meetingId, LocalDate today, Instant now) {
        return jdbc.sql("""
                select stage, count(*) as surveys, count(*) filter (where stage_due < :today) as overdue,
                       count(ended_at) as ended,
                       coalesce(sum(floor(extract(epoch from ended_at - launched_at) / 60)), 0) as cycle_minutes,
                       coalesce(sum(floor(extract(epoch from :now - stage_entered_at) / 60)), 0) as stage_minutes
                from survey where meeting_id = :meetingId group by stage""")
                .param("meetingId", meetingId).param("today", today).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, row) -> new StageSums(SurveyStage.valueOf(rs.getString("stage")), rs.getLong("surveys"),
                        rs.getLong("overdue"), rs.getLong("ended"), rs.getLong("cycle_minutes"),
                        rs.getLong("stage_minutes")))
                .list();
    }

    /** Per stage: the whole minutes the investigations that entered it spent there, and how many they are. */
    record StageMinutes(SurveyStage stage, long surveys, long minutes) {
    }

    List<InstitutionCount> overduePerInstitution(long meetingId, LocalDate today) {
        return jdbc.sql("""
                select u.institution, count(*) as overdue
                from survey s join app_user u on u.username = s.lead_username
                where s.meeting_id = :meetingId and s.stage_due < :today
                group by u.institution order by overdue desc, u.institution nulls last""")
                .param("meetingId", meetingId).param("today", today)
                .query((rs, row) -> new InstitutionCount(rs.getString("institution"), rs.getLong("overdue"))).list();
    }

    /**
     * An investigation is in PLANNING from its launch and in each later stage from the STAGE_ENTERED event naming it
     * until the next such event (or now); one pass over the meeting's events, in the order the index keeps them.
     */
    List<StageMinutes> minutesPerStage(long meetingId, Instant now) {
        return jdbc.sql("""
                with periods as (
                    select e.survey_id, case when e.kind = 'LAUNCHED' then 'PLANNING' else e.detail end as stage,
                           e.occurred_at as since,
                           lead(e.occurred_at) over (partition by e.survey_id order by e.occurred_at, e.id) as until
                    from survey_event e join survey s on s.id = e.survey_id
                    where s.meeting_id = :meetingId and e.kind in ('LAUNCHED', 'STAGE_ENTERED'))
                select stage, count(distinct survey_id) as surveys,
                       coalesce(sum(floor(extract(epoch from coalesce(until, :now) - since) / 60)), 0) as minutes
                from periods group by stage""")
                .param("meetingId", meetingId).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, row) -> new StageMinutes(SurveyStage.valueOf(rs.getString("stage")), rs.getLong("surveys"),
                        rs.getLong("minutes")))
                .list();
    }

    /** A page of the investigations the filter keeps: in launch order, or the longest overdue first. */
    List<SurveyLine> page(long meetingId, MeetingSurveyFilter filter, LocalDate today, int offset, int limit) {
        Where where = Where.of(meetingId, filter, today);
        String order = filter.overdueOnly() ? " order by s.stage_due, s.id" : " order by s.id";
        return jdbc.sql("select s.id, s.business_key, s.topic, s.stage, s.lead_username, s.stage_due from survey s"
                        + where.sql() + order + " offset :offset limit :limit")
                .params(where.params()).param("offset", offset).param("limit", limit)
                .query((rs, row) -> line(rs, today)).list();
    }

    long count(long meetingId, MeetingSurveyFilter filter, LocalDate today) {
        Where where = Where.of(meetingId, filter, today);
        return jdbc.sql("select count(*) from survey s" + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** The conditions of a filter on {@code survey s}, with their named parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(long meetingId, MeetingSurveyFilter filter, LocalDate today) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            conditions.add("s.meeting_id = :meetingId");
            params.put("meetingId", meetingId);
            if (filter.stage() != null) {
                conditions.add("s.stage = :stage");
                params.put("stage", filter.stage().name());
            }
            if (filter.overdueOnly()) {
                conditions.add("s.stage_due < :today");
                params.put("today", today);
            }
            SearchConditions.add(filter.search(), conditions, params);
            return new Where(" where " + String.join(" and ", conditions), params);
        }
    }

    private static SurveyLine line(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("stage_due", LocalDate.class);
        return new SurveyLine(rs.getLong("id"), rs.getString("business_key"), rs.getString("topic"),
                SurveyStage.valueOf(rs.getString("stage")), rs.getString("lead_username"), due,
                due != null && due.isBefore(today));
    }
}
