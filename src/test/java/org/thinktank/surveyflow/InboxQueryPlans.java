package org.thinktank.surveyflow;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.SqlStatements;
import org.thinktank.surveyflow.support.SqlStatements.Executed;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The plans PostgreSQL chooses for the statements of "my tasks" and of the dashboard at the landed application's
 * size: 500 researchers, 2,255 investigations in one meeting, teams of four or five, so some 10,000 findings tasks,
 * of which the first 150 researchers finished theirs. Not part of the suite (about 5 minutes): run it with {@code -Dit.test=InboxQueryPlans}; it prints each
 * distinct statement with {@code EXPLAIN (ANALYZE, BUFFERS)}, which docs/benchmarks.md summarizes.
 */
@IntegrationTest
class InboxQueryPlans {

    private static final int RESEARCHERS = 500;
    private static final int INVESTIGATIONS = 2_255;

    @Autowired
    Pages pages;
    @Autowired
    SqlStatements statements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeetingCatalog meetings;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TaskService tasks;

    @Test
    void plans() throws Exception {
        String hash = jdbc.sql("select password_hash from app_user where username = 'li.wei'").query(String.class).single();
        for (int i = 0; i < RESEARCHERS; i++) {
            jdbc.sql("insert into app_user (username, display_name, role, password_hash) values (?, ?, 'RESEARCHER', ?)")
                    .params(researcher(i), "Researcher " + i, hash).update();
        }
        long meetingId = meetings.create(new NewMeeting("PLANS", "Plans", null, null, null), Surveys.ORGANIZER).id();
        LocalDate today = calendar.today();
        long start = System.nanoTime();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int batch = 0; batch < INVESTIGATIONS; batch += 250) {
            int from = batch;
            transaction.executeWithoutResult(status -> IntStream.range(from, Math.min(from + 250, INVESTIGATIONS))
                    .forEach(i -> registry.launch(new LaunchRequest("PLANS", "Topic " + i, "Region", researcher(i),
                            IntStream.range(1, i % 2 == 0 ? 5 : 4).mapToObj(k -> researcher(i + 97 * k)).toList(),
                            List.of("zhou.qiang"), today.plusDays(1 + i % 30), today.plusDays(40), today.plusDays(50),
                            today.plusDays(60), null, null), Surveys.ORGANIZER)));
        }
        jdbc.sql("update survey set findings_due = ? where meeting_id = ? and id % 10 = 0")
                .params(today.minusDays(3), meetingId).update();
        // a history to search: the first 150 researchers finished their findings, some late; some open tasks are late
        jdbc.sql("update act_ru_task set due_date_ = now() - interval '3 days' where proc_inst_id_ in"
                + " (select proc_inst_id_ from act_ru_task order by id_ limit 2000) and assignee_ < 'plan.researcher.3'")
                .update();
        List<String> finishing = tasks.createTaskQuery().taskAssigneeLike("plan.researcher.1%").list().stream()
                .filter(task -> Integer.parseInt(task.getAssignee().substring("plan.researcher.".length())) < 150)
                .map(Task::getId).toList();
        for (int batch = 0; batch < finishing.size(); batch += 250) {
            List<String> ids = finishing.subList(batch, Math.min(batch + 250, finishing.size()));
            transaction.executeWithoutResult(status -> ids.forEach(tasks::complete));
        }
        jdbc.sql("analyze").update();
        System.out.printf("%d investigations launched in %d s; %d open tasks, %d finished%n", INVESTIGATIONS,
                (System.nanoTime() - start) / 1_000_000_000L,
                jdbc.sql("select count(*) from act_ru_task").query(Long.class).single(),
                jdbc.sql("select count(*) from act_hi_taskinst where end_time_ is not null").query(Long.class).single());

        Map<String, Executed> distinct = new LinkedHashMap<>();
        String dashboard = "/meetings/" + meetingId + "/dashboard";
        for (String[] request : new String[][] {{"/api/tasks?size=20", researcher(207)},
                {"/api/tasks?overdue=true&sort=-due&meetingId=" + meetingId, researcher(207)},
                {"/api/tasks/done?size=20", researcher(107)}, {"/api/tasks/done?overdue=true&kind=submitFindings", researcher(107)},
                {"/?q=Topic", researcher(207)},
                {"/api/tasks", "organizer"}, {dashboard, "organizer"}, {dashboard + "?stage=FINDINGS&page=3", "organizer"},
                {dashboard + "?overdue=true", "organizer"},
                // the demo meeting: a few rows among thousands, where the meeting's indexes pay
                {"/meetings/1/dashboard?stage=FINDINGS", "organizer"}, {"/api/tasks?meetingId=1", "li.wei"}}) {
            List<Executed> executed = statements.executedBy(() -> pages.mvc()
                    .perform(get(request[0]).with(pages.as(request[1]))).andExpect(status().isOk()));
            System.out.printf("%n### GET %s as %s: %d statements%n", request[0], request[1], executed.size());
            String where = request[0].contains("=1") || request[0].contains("/1/") ? " (the demo meeting)" : "";
            executed.forEach(e -> distinct.putIfAbsent(e.sql() + where, e));
        }
        for (Map.Entry<String, Executed> entry : distinct.entrySet()) {
            Executed statement = entry.getValue();
            System.out.printf("%n---- %s%n     %s%n", entry.getKey().replaceAll("\\s+", " "), statement.parameters());
            List<String> plan = new ArrayList<>();
            jdbc.sql("explain (analyze, buffers) " + statement.sql()).params(statement.parameters())
                    .query((rs, row) -> plan.add(rs.getString(1))).list();
            plan.forEach(line -> System.out.println("     " + line));
        }
    }

    private static String researcher(int i) {
        return "plan.researcher." + (i % RESEARCHERS);
    }
}
