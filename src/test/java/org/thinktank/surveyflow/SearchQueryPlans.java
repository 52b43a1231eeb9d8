package org.thinktank.surveyflow;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.SqlStatements;
import org.thinktank.surveyflow.support.SqlStatements.Executed;
import org.thinktank.surveyflow.support.Surveys;

/**
 * The plans PostgreSQL chooses for the investigation search (issue 10, point 7) with 3,000 investigations of 500
 * people from 20 institutions, written as rows (no processes: the search reads only the application's tables). Not
 * part of the suite: run it with {@code -Dit.test=SearchQueryPlans}; it prints each statement with
 * {@code EXPLAIN (ANALYZE, BUFFERS)}.
 */
@IntegrationTest
class SearchQueryPlans {

    @Autowired
    Pages pages;
    @Autowired
    SqlStatements statements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeetingCatalog meetings;

    @Test
    void plans() throws Exception {
        jdbc.sql("""
                insert into app_user (username, display_name, institution, role, password_hash)
                select 'search.person.' || i, '检索人员 Person ' || i, 'Institute ' || (i % 20), 'RESEARCHER', 'x'
                from generate_series(0, 499) i""").update();
        long meetingId = meetings.create(new NewMeeting("SEARCHPLANS", "Plans", null, null, null), Surveys.ORGANIZER).id();
        jdbc.sql("""
                insert into survey (business_key, meeting_id, topic, topic_en, region, lead_username, stage,
                    findings_due, draft_due, review_due, approval_due, launched_by, launched_at, stage_entered_at)
                select 'SEARCHPLANS-' || i, ?, '课题 ' || md5(i::text), 'Topic ' || md5(i::text), 'Region ' || (i % 50),
                    'search.person.' || (i % 500), 'FINDINGS', current_date + (i % 30) - 5, current_date + 40,
                    current_date + 50, current_date + 60, 'organizer', now(), now()
                from generate_series(1, 3000) i""").param(meetingId).update();
        jdbc.sql("""
                insert into survey_member (survey_id, username, role)
                select s.id, s.lead_username, 'LEAD' from survey s where s.meeting_id = ?
                union all
                select s.id, 'search.person.' || ((s.id * 7 + k) % 500), 'RESEARCHER'
                from survey s, generate_series(1, 3) k where s.meeting_id = ?
                  and 'search.person.' || ((s.id * 7 + k) % 500) <> s.lead_username
                on conflict do nothing""").params(meetingId, meetingId).update();
        jdbc.sql("analyze").update();

        Map<String, Executed> distinct = new LinkedHashMap<>();
        String dashboard = "/meetings/" + meetingId + "/dashboard";
        for (String request : new String[] {"/api/surveys?q=Person%20123", "/api/surveys?q=3f2",
                "/api/surveys?institution=Institute%207", "/api/surveys?overdue=true&q=Region%2017",
                dashboard + "?q=search.person.42&institution=Institute%202&overdue=true",
                dashboard + "?q=Topic%20a&stage=FINDINGS"}) {
            List<Executed> executed = statements.executedBy(() -> pages.mvc()
                    .perform(get(request).header("Accept-Language", "en").with(pages.as("organizer")))
                    .andExpect(status().isOk()));
            System.out.printf("%n### GET %s: %d statements%n", request, executed.size());
            executed.stream().filter(e -> e.sql().contains("survey_member m join app_user"))
                    .forEach(e -> distinct.putIfAbsent(e.sql(), e));
        }
        for (Executed statement : distinct.values()) {
            System.out.printf("%n---- %s%n     %s%n", statement.sql().replaceAll("\\s+", " "), statement.parameters());
            List<String> plan = new ArrayList<>();
            jdbc.sql("explain (analyze, buffers) " + statement.sql()).params(statement.parameters())
                    .query((rs, row) -> plan.add(rs.getString(1))).list();
            plan.forEach(line -> System.out.println("     " + line));
        }
    }
}
