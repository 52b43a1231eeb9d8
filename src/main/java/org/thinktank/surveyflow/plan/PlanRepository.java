package org.thinktank.surveyflow.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    private static final String SELECT = """
            select id, survey_id, number, status, objectives, research_questions, interviewees, methods, schedule,
                   budget_note, questionnaire_name, questionnaire_type, octet_length(questionnaire) as questionnaire_size,
                   author, saved_at, submitted_at, decided_by, decided_at, decision_comment
            from plan_version""";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanVersion> draft(long surveyId) {
        return withSites(jdbc.sql(SELECT + " where survey_id = ? and status = 'DRAFT'").param(surveyId)
                .query(this::row).list()).stream().findFirst();
    }

    Optional<PlanVersion> version(long surveyId, int number) {
        return withSites(jdbc.sql(SELECT + " where survey_id = ? and number = ?").params(surveyId, number)
                .query(this::row).list()).stream().findFirst();
    }

    /** Every version, the draft too, oldest first. */
    List<PlanVersion> all(long surveyId) {
        return withSites(jdbc.sql(SELECT + " where survey_id = ? order by number").param(surveyId).query(this::row).list());
    }

    /** The approved version of each of these investigations that has one. */
    List<PlanVersion> approved(Collection<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return List.of();
        }
        return withSites(jdbc.sql(SELECT + " where survey_id in (:ids) and status = 'APPROVED' order by survey_id")
                .param("ids", surveyIds).query(this::row).list());
    }

    long insertDraft(long surveyId, String author, PlanContent content, Instant now) {
        long id = jdbc.sql("""
                insert into plan_version (survey_id, number, status, objectives, research_questions, interviewees,
                    methods, schedule, budget_note, author, saved_at)
                values (?, (select coalesce(max(number), 0) + 1 from plan_version where survey_id = ?), 'DRAFT',
                    ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(surveyId, surveyId, content.objectives(), content.researchQuestions(), content.interviewees(),
                        content.methods(), content.schedule(), content.budgetNote(), author, Timestamp.from(now))
                .query(Long.class).single();
        insertSites(id, content.sites());
        return id;
    }

    void updateDraft(long id, PlanContent content, Instant now) {
        jdbc.sql("""
                update plan_version set objectives = ?, research_questions = ?, interviewees = ?, methods = ?,
                    schedule = ?, budget_note = ?, saved_at = ?
                where id = ? and status = 'DRAFT'""")
                .params(content.objectives(), content.researchQuestions(), content.interviewees(), content.methods(),
                        content.schedule(), content.budgetNote(), Timestamp.from(now), id)
                .update();
        jdbc.sql("delete from plan_site where plan_version_id = ?").param(id).update();
        insertSites(id, content.sites());
    }

    void attachQuestionnaire(long id, String fileName, String contentType, byte[] content) {
        jdbc.sql("""
                update plan_version set questionnaire_name = ?, questionnaire_type = ?, questionnaire = ?
                where id = ? and status = 'DRAFT'""")
                .params(fileName, contentType, content, id).update();
    }

    /** Carries the questionnaire of one version over to another (a new draft after a send-back). */
    void copyQuestionnaire(long fromId, long toId) {
        jdbc.sql("""
                update plan_version set (questionnaire_name, questionnaire_type, questionnaire) =
                    (select questionnaire_name, questionnaire_type, questionnaire from plan_version where id = ?)
                where id = ?""")
                .params(fromId, toId).update();
    }

    byte[] questionnaireContent(long id) {
        return jdbc.sql("select questionnaire from plan_version where id = ?").param(id).query(byte[].class).single();
    }

    void submit(long id, Instant now) {
        jdbc.sql("update plan_version set status = 'SUBMITTED', submitted_at = ? where id = ? and status = 'DRAFT'")
                .params(Timestamp.from(now), id).update();
    }

    void decide(long id, PlanStatus status, String organizer, Instant now, String comment) {
        jdbc.sql("""
                update plan_version set status = ?, decided_by = ?, decided_at = ?, decision_comment = ?
                where id = ? and status = 'SUBMITTED'""")
                .params(status.name(), organizer, Timestamp.from(now), comment, id).update();
    }

    private void insertSites(long versionId, List<PlanSite> sites) {
        for (int i = 0; i < sites.size(); i++) {
            PlanSite site = sites.get(i);
            jdbc.sql("insert into plan_site (plan_version_id, position, place, starts_on, ends_on) values (?, ?, ?, ?, ?)")
                    .params(versionId, i, site.place(), site.startsOn(), site.endsOn()).update();
        }
    }

    private List<PlanVersion> withSites(List<PlanVersion> versions) {
        if (versions.isEmpty()) {
            return versions;
        }
        Map<Long, List<PlanSite>> sites = new HashMap<>();
        jdbc.sql("select plan_version_id, place, starts_on, ends_on from plan_site where plan_version_id in (:ids)"
                        + " order by plan_version_id, position")
                .param("ids", versions.stream().map(PlanVersion::id).toList())
                .query(rs -> {
                    sites.computeIfAbsent(rs.getLong("plan_version_id"), k -> new ArrayList<>()).add(new PlanSite(
                            rs.getString("place"), rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class)));
                });
        return versions.stream().map(version -> new PlanVersion(version.id(), version.surveyId(), version.number(),
                version.status(), withSites(version.content(), sites.getOrDefault(version.id(), List.of())),
                version.questionnaire(), version.author(), version.savedAt(), version.submittedAt(),
                version.decidedBy(), version.decidedAt(), version.decisionComment())).toList();
    }

    private static PlanContent withSites(PlanContent content, List<PlanSite> sites) {
        return new PlanContent(content.objectives(), content.researchQuestions(), sites, content.interviewees(),
                content.methods(), content.schedule(), content.budgetNote());
    }

    private PlanVersion row(ResultSet rs, int rowNum) throws SQLException {
        String questionnaireName = rs.getString("questionnaire_name");
        return new PlanVersion(rs.getLong("id"), rs.getLong("survey_id"), rs.getInt("number"),
                PlanStatus.valueOf(rs.getString("status")),
                new PlanContent(rs.getString("objectives"), rs.getString("research_questions"), List.of(),
                        rs.getString("interviewees"), rs.getString("methods"), rs.getString("schedule"),
                        rs.getString("budget_note")),
                questionnaireName == null ? null : new Questionnaire(questionnaireName,
                        rs.getString("questionnaire_type"), rs.getLong("questionnaire_size")),
                rs.getString("author"), instant(rs, "saved_at"), instant(rs, "submitted_at"),
                rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_comment"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
