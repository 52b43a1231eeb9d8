package org.thinktank.surveyflow.dashboard;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.MeetingFigures;
import org.thinktank.surveyflow.survey.MeetingSurveys;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.support.DashboardRows;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.ManyInvestigations;
import org.thinktank.surveyflow.support.ManyInvestigations.Crowd;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The organizer dashboard of a meeting of its own with seven investigations: two moved on to drafting, one closed
 * three days after its launch, three overdue (two of them the longest). Its counts are those of the rows, worked out
 * here one investigation at a time as the dashboard once did; its list comes a page at a time.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

    private static final Pattern STAGE_COUNT = Pattern.compile(
            "(?s)data-stage=\"([A-Z]+)\">\\s*<th scope=\"row\">.*?</th>\\s*<td data-value=\"\\d+\">([0-9,]+)</td>");

    @Autowired
    Pages pages;
    @Autowired
    ManyInvestigations many;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    MeetingSurveys meetingSurveys;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    private Crowd crowd;
    private List<Survey> launched;

    @BeforeAll
    void sevenInvestigations() {
        crowd = many.newMeeting();
        launched = many.launch(crowd, 0, 7);
        Actor lead = new Actor(crowd.lead(), Role.RESEARCHER);
        surveys.submitFindings(launched.get(0), lead);
        surveys.submitFindings(launched.get(1), lead);
        LocalDate today = calendar.today();
        // stages and dates the process would take weeks to reach, written as it would leave them
        jdbc.sql("update survey set findings_due = ? where id in (?, ?)").params(today.minusDays(3),
                launched.get(2).id(), launched.get(3).id()).update();
        jdbc.sql("update survey set draft_due = ? where id = ?").params(today.minusDays(1), launched.get(1).id()).update();
        jdbc.sql("update survey set stage = 'CLOSED', ended_at = launched_at + interval '3 days' where id = ?")
                .param(launched.get(6).id()).update();
    }

    private String dashboard(String query) throws Exception {
        return pages.mvc().perform(get("/meetings/" + crowd.meetingId() + "/dashboard" + query)
                        .with(pages.as("organizer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);
    }

    private List<String> keysOf(int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(i -> launched.get(i).businessKey()).toList();
    }

    @Test
    void theCountsAreThoseOfTheInvestigations() {
        List<Survey> all = registry.ofMeetingUnchecked(crowd.meetingId());
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        Map<SurveyStage, Long> perStage = new EnumMap<>(SurveyStage.class);
        for (SurveyStage stage : SurveyStage.values()) {
            perStage.put(stage, all.stream().filter(s -> s.stage() == stage).count());
        }
        long overdue = all.stream().filter(s -> dueOf(s) != null && dueOf(s).isBefore(today)).count();

        MeetingFigures figures = meetingSurveys.figuresUnchecked(crowd.meetingId());

        assertThat(figures.perStage()).isEqualTo(perStage);
        assertThat(perStage).containsEntry(SurveyStage.FINDINGS, 4L).containsEntry(SurveyStage.DRAFTING, 2L)
                .containsEntry(SurveyStage.CLOSED, 1L);
        assertThat(figures.overdue()).isEqualTo(overdue).isEqualTo(3);
        assertThat(figures.averageCycleDays()).isEqualTo(averageDays(all.stream().filter(s -> s.endedAt() != null)
                .map(s -> Duration.between(s.launchedAt(), s.endedAt())).toList())).isEqualTo(3.0);
        assertThat(figures.averageDaysInStage()).isEqualTo(averageDays(all.stream().filter(s -> !s.stage().isFinal())
                .map(s -> Duration.between(s.stageEnteredAt(), now)).toList()));
    }

    @Test
    void thePageShowsTheCountsPerStageAndOfTheOverdue() throws Exception {
        String page = dashboard("");
        Map<String, String> shown = new java.util.HashMap<>();
        Matcher count = STAGE_COUNT.matcher(page);
        while (count.find()) {
            shown.put(count.group(1), count.group(2));
        }
        assertThat(shown).containsEntry("FINDINGS", "4").containsEntry("DRAFTING", "2").containsEntry("CLOSED", "1")
                .containsEntry("REVIEW", "0").hasSize(SurveyStage.values().length);
        assertThat(page).contains("3 investigations are overdue.", "<strong>3.0</strong>");
        assertThat(dashboard("?lang=zh-CN")).contains("3 项调研已逾期。");
    }

    @Test
    void theOverviewNamesTheLongestOverdueFirstAndLinksToThemAll() throws Exception {
        String page = dashboard("");
        String overdueTable = page.substring(page.indexOf("id=\"overdue\""), page.indexOf("id=\"investigations\""));
        assertThat(overdueTable).containsSubsequence(launched.get(2).businessKey(), launched.get(3).businessKey(),
                launched.get(1).businessKey());
        assertThat(page).contains("href=\"/meetings/" + crowd.meetingId() + "/dashboard?overdue=true\"");
    }

    @Test
    void theListComesAPageAtATimeInLaunchOrder() throws Exception {
        String first = dashboard("?size=3");
        String last = dashboard("?size=3&page=2");
        String beyond = dashboard("?size=3&page=5");

        assertThat(DashboardRows.listed(first)).containsExactlyElementsOf(keysOf(0, 1, 2));
        assertThat(first).contains("7 in all, page 1 of 3", "?size=3&amp;page=1\"");
        assertThat(DashboardRows.listed(last)).containsExactlyElementsOf(keysOf(6));
        assertThat(DashboardRows.listed(beyond)).isEmpty();
        assertThat(beyond).contains("Nothing here.", "?size=3&amp;page=2\"");
    }

    @Test
    void theListKeepsOneStageOrTheOverdueLongestOverdueFirst() throws Exception {
        assertThat(DashboardRows.listed(dashboard("?stage=DRAFTING"))).containsExactlyElementsOf(keysOf(0, 1));
        assertThat(DashboardRows.listed(dashboard("?overdue=true"))).containsExactlyElementsOf(keysOf(2, 3, 1));
        assertThat(DashboardRows.listed(dashboard("?stage=FINDINGS&overdue=true"))).containsExactlyElementsOf(keysOf(2, 3));
        assertThat(DashboardRows.listed(dashboard("?stage=REVIEW"))).isEmpty();
        assertThat(dashboard("?stage=FINDINGS&size=1")).contains("?stage=FINDINGS&amp;size=1&amp;page=1\"");
    }

    @Test
    void theListNamesTheLeadByDisplayName() throws Exception {
        assertThat(dashboard("?size=1")).contains("<td>Lead " + crowd.lead().substring("lead-".length()) + "</td>");
    }

    /** A stage that does not exist is refused by the search form, in the page's language (SurveySearchIT). */
    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=201", "size=many", "page=-1"})
    void aBadPageOrSizeIsABadRequestThatSaysWhich(String parameter) throws Exception {
        pages.mvc().perform(get("/meetings/" + crowd.meetingId() + "/dashboard?" + parameter)
                        .with(pages.as("organizer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsStringIgnoringCase(parameter.substring(0, parameter.indexOf('=')) + ": ")));
    }

    /** The due date of the stage an investigation is in, as the dashboard once worked it out. */
    private static LocalDate dueOf(Survey survey) {
        return switch (survey.stage()) {
            case PLANNING -> survey.dueDates().plan();
            case FINDINGS -> survey.dueDates().findings();
            case DRAFTING -> survey.dueDates().draft();
            case REVIEW -> survey.dueDates().review();
            case DECISION, APPROVAL -> survey.dueDates().approval();
            case PUBLISHED, CLOSED -> null;
        };
    }

    private static Double averageDays(List<Duration> durations) {
        OptionalDouble average = durations.stream().mapToDouble(d -> d.toMinutes() / 1440.0).average();
        return average.isPresent() ? Math.round(average.getAsDouble() * 10) / 10.0 : null;
    }
}
