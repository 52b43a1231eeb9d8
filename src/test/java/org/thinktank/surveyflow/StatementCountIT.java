package org.thinktank.surveyflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.ManyInvestigations;
import org.thinktank.surveyflow.support.ManyInvestigations.Crowd;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.SqlStatements;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * "My tasks" (API and page) and the organizer dashboard run as many SQL statements for a meeting of a thousand
 * investigations, whose lead has a thousand open tasks, as for one of ten: nothing is read once per row. Every list
 * asked for has rows in both, the second page included: the lead did two findings and has two overdue.
 */
@IntegrationTest
class StatementCountIT {

    /**
     * Each request reads a handful of things (the engine's count and page, the page's investigations, …; every page
     * the signed-in person's name and unread count; the dashboard also its charts' figures (overdue per institution,
     * days per stage), the institutions to filter by, the overdue tasks it offers to nudge, and the meeting's schedule
     * that proposes the launch form's dates and counts down to the meeting: 19).
     */
    private static final int AT_MOST = 19;

    @Autowired
    Pages pages;
    @Autowired
    ManyInvestigations many;
    @Autowired
    SqlStatements statements;
    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aThousandRowsTakeTheStatementsThatTenTake() throws Exception {
        Crowd crowd = many.newMeeting();
        List<Survey> first = many.launch(crowd, 0, 10);
        Actor lead = new Actor(crowd.lead(), Role.RESEARCHER);
        surveys.submitFindings(first.get(0), lead);
        surveys.submitFindings(first.get(1), lead);
        processes.moveDueDates(first.get(2), calendar.now().minus(Duration.ofDays(2)));
        processes.moveDueDates(first.get(3), calendar.now().minus(Duration.ofDays(2)));
        // the dashboard's overdue come from the investigations' own due dates, as the process keeps them
        jdbc.sql("update survey set findings_due = ? where id in (?, ?)")
                .params(calendar.today().minusDays(2), first.get(2).id(), first.get(3).id()).update();
        Map<String, Integer> ten = statementsPerRequest(crowd);
        many.launch(crowd, 10, 990);
        Map<String, Integer> thousand = statementsPerRequest(crowd);

        System.out.printf("SQL statements per request, 10 rows → 1,000 rows:%n");
        ten.forEach((request, count) -> System.out.printf("  %-60s %2d → %2d%n", request, count, thousand.get(request)));
        assertThat(thousand).isEqualTo(ten);
        assertThat(thousand.values()).allSatisfy(count -> assertThat(count).isPositive().isLessThanOrEqualTo(AT_MOST));
    }

    private Map<String, Integer> statementsPerRequest(Crowd crowd) throws Exception {
        String dashboard = "/meetings/" + crowd.meetingId() + "/dashboard";
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String path : new String[] {"/api/tasks", "/api/tasks?size=5&page=1&sort=-due&meetingId=" + crowd.meetingId(),
                "/api/tasks?overdue=true&kind=submitFindings", "/api/tasks/done?kind=submitFindings", "/",
                "/?q=Topic&size=5&page=1", "/?tab=done&overdue=false"}) {
            counts.put(path, countOf(path, crowd.lead()));
        }
        for (String query : new String[] {"", "?stage=FINDINGS&size=5&page=1", "?overdue=true"}) {
            counts.put("dashboard" + query, countOf(dashboard + query, "organizer"));
        }
        return counts;
    }

    private int countOf(String path, String username) throws Exception {
        return statements.countOf(() -> pages.mvc().perform(get(path).with(pages.as(username)))
                .andExpect(status().isOk()));
    }
}
