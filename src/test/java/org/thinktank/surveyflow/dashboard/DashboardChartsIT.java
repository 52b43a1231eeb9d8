package org.thinktank.surveyflow.dashboard;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.InstitutionCount;
import org.thinktank.surveyflow.survey.MeetingFigures;
import org.thinktank.surveyflow.survey.MeetingSurveys;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.ManyInvestigations;
import org.thinktank.surveyflow.support.ManyInvestigations.Crowd;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The dashboard's charts of a meeting of its own with four investigations launched four days ago: one moved on to
 * drafting at once, three overdue in collecting findings (two led from an institution, one by a lead with none).
 * The tables beside the charts hold the dashboard's figures, and the figures are those of the rows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardChartsIT {

    private static final String INSTITUTION = "国务院发展研究中心";

    @Autowired
    Pages pages;
    @Autowired
    ManyInvestigations many;
    @Autowired
    Surveys surveys;
    @Autowired
    MeetingSurveys meetingSurveys;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    private Crowd crowd;

    @BeforeAll
    void fourInvestigations() {
        crowd = many.newMeeting();
        List<Survey> launched = many.launch(crowd, 0, 4);
        surveys.submitFindings(launched.get(0), new Actor(crowd.lead(), Role.RESEARCHER));
        LocalDate today = calendar.today();
        jdbc.sql("update app_user set institution = ? where username = ?").params(INSTITUTION, crowd.lead()).update();
        jdbc.sql("update survey set findings_due = ? where id in (?, ?, ?)").params(today.minusDays(2),
                launched.get(1).id(), launched.get(2).id(), launched.get(3).id()).update();
        // led by someone without an institution
        jdbc.sql("update survey set lead_username = ? where id = ?").params(crowd.reviewer(), launched.get(3).id())
                .update();
        // launched four days ago with their plans approved at once; the one in drafting entered it right after
        jdbc.sql("update survey_event set occurred_at = occurred_at - interval '4 days'"
                + " where (kind = 'LAUNCHED' or kind = 'STAGE_ENTERED' and detail = 'FINDINGS')"
                + " and survey_id in (select id from survey where meeting_id = ?)").param(crowd.meetingId()).update();
        jdbc.sql("update survey_event set occurred_at = occurred_at - interval '4 days' + interval '2 minutes'"
                + " where kind = 'STAGE_ENTERED' and detail = 'DRAFTING' and survey_id = ?").param(launched.get(0).id())
                .update();
    }

    private String dashboard(String language) throws Exception {
        return pages.mvc().perform(get("/meetings/" + crowd.meetingId() + "/dashboard")
                        .header("Accept-Language", language).with(pages.as("organizer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);
    }

    /** The rows of a chart's table: the row's header (its text) and the values of its cells. */
    private static Map<String, List<String>> rowsOf(String page, String tableId) {
        Matcher table = Pattern.compile("(?s)<table class=\"chart-data\" id=\"" + tableId + "\".*?</table>").matcher(page);
        assertThat(table.find()).as(tableId).isTrue();
        Matcher row = Pattern.compile("(?s)<tr[^>]*>\\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>").matcher(table.group());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        while (row.find()) {
            List<String> values = Pattern.compile("data-value=\"([^\"]*)\"").matcher(row.group(2)).results()
                    .map(value -> value.group(1)).toList();
            rows.put(row.group(1).replaceAll("<[^>]+>", "").strip(), values);
        }
        return rows;
    }

    @Test
    void theFiguresCountTheOverduePerStageAndPerInstitutionOfTheLead() {
        MeetingFigures figures = meetingSurveys.figuresUnchecked(crowd.meetingId());

        assertThat(figures.overduePerStage()).containsEntry(SurveyStage.FINDINGS, 3L)
                .containsEntry(SurveyStage.DRAFTING, 0L).hasSize(SurveyStage.values().length);
        assertThat(figures.overduePerInstitution())
                .containsExactly(new InstitutionCount(INSTITUTION, 2), new InstitutionCount(null, 1));
    }

    @Test
    void theFiguresAverageTheDaysSpentInEachStageTheInvestigationsEntered() {
        MeetingFigures figures = meetingSurveys.figuresUnchecked(crowd.meetingId());

        assertThat(figures.averageDaysPerStage())
                .containsOnlyKeys(SurveyStage.PLANNING, SurveyStage.FINDINGS, SurveyStage.DRAFTING)
                .containsEntry(SurveyStage.PLANNING, 0.0)
                .containsEntry(SurveyStage.FINDINGS, 3.0) // 4 days for three, 2 minutes for one: 12 / 4
                .containsEntry(SurveyStage.DRAFTING, 4.0);
    }

    @Test
    void theTablesBesideTheChartsHoldTheDashboardsFigures() throws Exception {
        String page = dashboard("zh-CN");

        assertThat(rowsOf(page, "stage-counts")).hasSize(SurveyStage.values().length)
                .containsEntry("收集调研发现", List.of("3", "3")).containsEntry("撰写报告", List.of("1", "0"))
                .containsEntry("已发布", List.of("0", "0"));
        assertThat(rowsOf(page, "overdue-institutions"))
                .containsExactly(Map.entry(INSTITUTION, List.of("2")), Map.entry("未填写机构", List.of("1")));
        assertThat(rowsOf(page, "days-per-stage"))
                .containsExactly(Map.entry("制定调研方案", List.of("0.0")), Map.entry("收集调研发现", List.of("3.0")),
                        Map.entry("撰写报告", List.of("4.0")));
    }

    @Test
    void theChartsAreDrawnByStaticScriptsFromTheTables() throws Exception {
        String page = dashboard("en");

        assertThat(page).contains("<div class=\"chart-canvas\" aria-hidden=\"true\"></div>",
                "/dist/echarts.min.js\" defer></script>", "<script src=\"/js/dashboard-charts.js\" defer></script>",
                "Investigations and overdue per stage", "No institution given", "Average days spent in each stage");
        pages.mvc().perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
        pages.mvc().perform(get("/js/dashboard-charts.js")).andExpect(status().isOk());
    }
}
