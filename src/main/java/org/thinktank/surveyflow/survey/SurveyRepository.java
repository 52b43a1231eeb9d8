package org.thinktank.surveyflow.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;

@Repository
class SurveyRepository {

    private static final String SELECT = """
            select s.id, s.business_key, s.meeting_id, s.topic, s.topic_en, s.region, s.lead_username, s.stage,
                   s.plan_due, s.findings_due, s.draft_due, s.review_due, s.approval_due, s.launched_by, s.launched_at,
                   s.stage_entered_at, s.ended_at
            from survey s""";

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('survey', 'id'))").query(Long.class).single();
    }

    void insert(Survey survey) {
        DueDates due = survey.dueDates();
        jdbc.sql("""
                insert into survey (id, business_key, meeting_id, topic, topic_en, region, lead_username, stage,
                    plan_due, findings_due, draft_due, review_due, approval_due, launched_by, launched_at, stage_entered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(survey.id(), survey.businessKey(), survey.meetingId(), survey.topic(), survey.topicEn(),
                        survey.region(), survey.lead(), survey.stage().name(), due.plan(), due.findings(), due.draft(),
                        due.review(), due.approval(), survey.launchedBy(), Timestamp.from(survey.launchedAt()), Timestamp.from(survey.stageEnteredAt()))
                .update();
        survey.team().forEach(member -> addMember(survey.id(), member,
                survey.isLedBy(member) ? MemberRole.LEAD : MemberRole.RESEARCHER));
        survey.reviewers().forEach(reviewer -> addMember(survey.id(), reviewer, MemberRole.REVIEWER));
    }

    void addMember(long surveyId, String username, MemberRole role) {
        jdbc.sql("insert into survey_member (survey_id, username, role) values (?, ?, ?)")
                .params(surveyId, username, role.name()).update();
    }

    void removeMember(long surveyId, String username, MemberRole role) {
        jdbc.sql("delete from survey_member where survey_id = ? and username = ? and role = ?")
                .params(surveyId, username, role.name()).update();
    }

    Optional<Survey> find(long id) {
        return withMembers(jdbc.sql(SELECT + " where s.id = ?").param(id).query(this::surveyRow).list())
                .stream().findFirst();
    }

    List<Survey> all() {
        return withMembers(jdbc.sql(SELECT + " order by s.id").query(this::surveyRow).list());
    }

    List<Survey> withMember(String username) {
        return withMembers(jdbc.sql(SELECT
                        + " where exists (select 1 from survey_member m where m.survey_id = s.id and m.username = ?)"
                        + " order by s.id")
                .param(username).query(this::surveyRow).list());
    }

    /**
     * A page of the investigations matching the filter, newest launch first (then highest id), and how many match in
     * all. Served by the indexes of {@code V9__list_indexes.sql} and {@code V15__search_and_calendar.sql}.
     *
     * @param membership whose investigations, or null for everyone's
     */
    Page<SurveySummary> summaries(SurveyFilter filter, @Nullable Membership membership, LocalDate today,
                                  PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (membership != null) {
            conditions.add("""
                    exists (select 1 from survey_member m
                            where m.survey_id = s.id and m.username = :member and m.role in (:roles))""");
            params.put("member", membership.username());
            params.put("roles", membership.roles().stream().map(Enum::name).toList());
        }
        if (filter.meetingId() != null) {
            conditions.add("s.meeting_id = :meetingId");
            params.put("meetingId", filter.meetingId());
        }
        if (filter.meetingCode() != null) {
            conditions.add("s.meeting_id = (select id from meeting where lower(code) = lower(:meetingCode))");
            params.put("meetingCode", filter.meetingCode());
        }
        if (filter.stage() != null) {
            conditions.add("s.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue() ? "s.stage_due < :today" : "(s.stage_due is null or s.stage_due >= :today)");
            params.put("today", today);
        }
        SearchConditions.add(filter.search(), conditions, params);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from survey s" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<SurveySummary> summaries = jdbc.sql(SELECT + where
                        + " order by s.launched_at desc, s.id desc limit :limit offset :offset")
                .params(params).query(this::summaryRow).list();
        return Page.of(summaries, page, total);
    }

    List<Survey> ofMeeting(long meetingId) {
        return withMembers(jdbc.sql(SELECT + " where s.meeting_id = ? order by s.id").param(meetingId)
                .query(this::surveyRow).list());
    }

    /** The investigations of these ids that exist, in the order of their ids. */
    List<Survey> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withMembers(jdbc.sql(SELECT + " where s.id in (:ids) order by s.id").param("ids", Set.copyOf(ids))
                .query(this::surveyRow).list());
    }

    /** The business keys of the investigations the filter keeps. */
    Set<String> businessKeys(SurveySelection filter) {
        Where where = Where.of(filter);
        return new LinkedHashSet<>(jdbc.sql("select s.business_key from survey s" + where.sql() + " order by s.id")
                .params(where.params()).query(String.class).list());
    }

    /** A page of the investigations someone launched that the filter keeps, the latest first. */
    List<Survey> launchedBy(String username, SurveySelection filter, long offset, int limit) {
        Where where = Where.of(filter).and("s.launched_by = :launchedBy", "launchedBy", username);
        return withMembers(jdbc.sql(SELECT + where.sql() + " order by s.id desc offset :offset limit :limit")
                .params(where.params()).param("offset", offset).param("limit", limit).query(this::surveyRow).list());
    }

    long countLaunchedBy(String username, SurveySelection filter) {
        Where where = Where.of(filter).and("s.launched_by = :launchedBy", "launchedBy", username);
        return jdbc.sql("select count(*) from survey s" + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** Moves the survey to a stage; returns false when it already was there. */
    boolean updateStage(long id, SurveyStage stage, Instant at) {
        return jdbc.sql("""
                update survey set stage = ?, stage_entered_at = ?, ended_at = case when ? then ? else ended_at end
                where id = ? and stage <> ?""")
                .params(stage.name(), Timestamp.from(at), stage.isFinal(), Timestamp.from(at), id, stage.name())
                .update() > 0;
    }

    void updateDueDates(long id, DueDates due) {
        jdbc.sql("update survey set draft_due = ?, review_due = ?, approval_due = ? where id = ?")
                .params(due.draft(), due.review(), due.approval(), id).update();
    }

    /** Stores every deadline of an investigation (its stage's own, {@code stage_due}, follows: V10). */
    void updateAllDueDates(long id, DueDates due) {
        jdbc.sql("""
                        update survey set plan_due = ?, findings_due = ?, draft_due = ?, review_due = ?, approval_due = ?
                        where id = ?""")
                .params(due.plan(), due.findings(), due.draft(), due.review(), due.approval(), id).update();
    }

    private List<Survey> withMembers(List<Survey> surveys) {
        if (surveys.isEmpty()) {
            return surveys;
        }
        Map<Long, Survey> byId = new LinkedHashMap<>();
        surveys.forEach(s -> byId.put(s.id(), s));
        Map<Long, List<String>> team = new LinkedHashMap<>();
        Map<Long, List<String>> reviewers = new LinkedHashMap<>();
        jdbc.sql("""
                select survey_id, username, role from survey_member where survey_id in (:ids)
                order by survey_id, case role when 'LEAD' then 0 else 1 end, username""")
                .param("ids", byId.keySet())
                .query(rs -> {
                    Map<Long, List<String>> target = "REVIEWER".equals(rs.getString("role")) ? reviewers : team;
                    target.computeIfAbsent(rs.getLong("survey_id"), k -> new ArrayList<>()).add(rs.getString("username"));
                });
        return byId.values().stream().map(s -> s.withMembers(List.copyOf(team.getOrDefault(s.id(), List.of())),
                List.copyOf(reviewers.getOrDefault(s.id(), List.of())))).toList();
    }

    private Survey surveyRow(ResultSet rs, int rowNum) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getString("business_key"), rs.getLong("meeting_id"),
                rs.getString("topic"), rs.getString("topic_en"), rs.getString("region"), rs.getString("lead_username"),
                SurveyStage.valueOf(rs.getString("stage")), dueDates(rs), rs.getString("launched_by"),
                rs.getTimestamp("launched_at").toInstant(), rs.getTimestamp("stage_entered_at").toInstant(),
                endedAt(rs), List.of(), List.of());
    }

    private SurveySummary summaryRow(ResultSet rs, int rowNum) throws SQLException {
        return new SurveySummary(rs.getLong("id"), rs.getString("business_key"), rs.getLong("meeting_id"),
                rs.getString("topic"), rs.getString("region"), rs.getString("lead_username"),
                SurveyStage.valueOf(rs.getString("stage")), dueDates(rs), rs.getTimestamp("launched_at").toInstant(),
                rs.getTimestamp("stage_entered_at").toInstant(), endedAt(rs));
    }

    private static DueDates dueDates(ResultSet rs) throws SQLException {
        return new DueDates(rs.getObject("plan_due", LocalDate.class), rs.getObject("findings_due", LocalDate.class),
                rs.getObject("draft_due", LocalDate.class),
                rs.getObject("review_due", LocalDate.class), rs.getObject("approval_due", LocalDate.class));
    }

    private static Instant endedAt(ResultSet rs) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return ended == null ? null : ended.toInstant();
    }

    enum MemberRole { LEAD, RESEARCHER, REVIEWER }

    /** The conditions of a {@link SurveySelection} on {@code survey s}, with their named parameters. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        static Where of(SurveySelection filter) {
            Where where = new Where();
            if (filter.surveyId() != null) {
                where.and("s.id = :surveyId", "surveyId", filter.surveyId());
            }
            if (filter.meetingId() != null) {
                where.and("s.meeting_id = :meetingId", "meetingId", filter.meetingId());
            }
            if (filter.text() != null) {
                where.and("(strpos(lower(s.business_key), lower(:text)) > 0"
                        + " or strpos(lower(s.topic), lower(:text)) > 0)", "text", filter.text());
            }
            return where;
        }

        Where and(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        Map<String, Object> params() {
            return params;
        }
    }

    /** The investigations on which a person holds one of these places. */
    record Membership(String username, Set<MemberRole> roles) {
    }
}
