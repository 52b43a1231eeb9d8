package org.thinktank.surveyflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.notification.PreferredLanguages;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Meetings;
import org.thinktank.surveyflow.support.Notices;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * A meeting's schedule over the API: the offsets and the due dates they propose, changed by organizers only and
 * refused out of order; moving the meeting and shifting its open deadlines, with notices to the people concerned.
 */
@IntegrationTest
class MeetingScheduleApiIT {

    private static final Map<String, Object> IN_ORDER = Map.of("planOffset", -60, "findingsOffset", -35,
            "draftOffset", -21, "reviewOffset", -14, "approvalOffset", -7);

    @Autowired
    Api api;
    @Autowired
    Meetings meetings;
    @Autowired
    Surveys surveys;
    @Autowired
    Refusals refusals;
    @Autowired
    Notices notices;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PreferredLanguages languages;

    private ApiClient organizer() {
        return api.as("organizer").in("zh-CN");
    }

    private static String schedule(Meeting meeting) {
        return "/api/meetings/" + meeting.id() + "/schedule";
    }

    private static Map<String, LocalDate> proposed(JsonNode schedule) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        schedule.path("proposed").forEach(due -> dates.put(due.path("name").asText(),
                LocalDate.parse(due.path("date").asText())));
        return dates;
    }

    @Test
    void aMeetingWithoutAScheduleOfItsOwnCountsTheConfiguredOffsetsBackFromItsDay() {
        LocalDate day = LocalDate.of(2027, 6, 30);
        Meeting meeting = meetings.opening(day);

        JsonNode schedule = organizer().get(schedule(meeting)).body();

        assertThat(schedule.path("custom").asBoolean()).isFalse();
        assertThat(schedule.path("template").path("planOffset").asInt()).isEqualTo(-75);
        assertThat(proposed(schedule)).containsExactly(Map.entry("planDue", day.minusDays(75)),
                Map.entry("findingsDue", day.minusDays(40)), Map.entry("draftDue", day.minusDays(28)),
                Map.entry("reviewDue", day.minusDays(18)), Map.entry("approvalDue", day.minusDays(10)));
    }

    @Test
    void anOrganizersScheduleReplacesTheDefaultsForThatMeeting() {
        LocalDate day = LocalDate.of(2027, 6, 30);
        Meeting meeting = meetings.opening(day);

        ApiClient.Response changed = organizer().put(schedule(meeting), IN_ORDER);

        assertThat(changed.code()).as(changed.toString()).isEqualTo(200);
        JsonNode schedule = organizer().get(schedule(meeting)).body();
        assertThat(schedule.path("custom").asBoolean()).isTrue();
        assertThat(proposed(schedule)).containsEntry("planDue", day.minusDays(60))
                .containsEntry("approvalDue", day.minusDays(7));
    }

    @Test
    void aScheduleOutOfOrderIsRefusedNamingTheOffsetsAndNothingIsStored() {
        Meeting meeting = meetings.opening(LocalDate.of(2027, 6, 30));
        Map<String, Object> draftBeforeFindings = new HashMap<>(IN_ORDER);
        draftBeforeFindings.put("draftOffset", -50);

        ApiClient.Response refused = refusals.expect(400, "报告初稿：须晚于调研发现",
                () -> organizer().put(schedule(meeting), draftBeforeFindings));

        assertThat(refused.detail()).doesNotContain("Offset", "评审");
    }

    @Test
    void anApprovalAfterTheMeetingIsRefused() {
        Meeting meeting = meetings.opening(LocalDate.of(2027, 6, 30));
        Map<String, Object> late = new HashMap<>(IN_ORDER);
        late.put("approvalOffset", 3);

        refusals.expect(400, "Approval: must be on the meeting day or before it",
                () -> api.as("organizer").in("en").put(schedule(meeting), late));
    }

    @Test
    void anOffsetThatIsNotAWholeNumberIsRefused() {
        Meeting meeting = meetings.opening(LocalDate.of(2027, 6, 30));
        Map<String, Object> text = new HashMap<>(IN_ORDER);
        text.put("findingsOffset", "forty");

        refusals.expect(400, "Findings: must be a whole number", () -> api.as("organizer").in("en").put(schedule(meeting), text));
    }

    @Test
    void dueDatesOnAWeekendOrAPublicHolidayAreFlagged() {
        Meeting meeting = meetings.opening(LocalDate.of(2026, 10, 11));

        JsonNode proposed = organizer().get(schedule(meeting)).body().path("proposed");

        assertThat(proposed.findValuesAsText("day")).containsExactly("WORKING", "WORKING", "WEEKEND", "WORKING",
                "HOLIDAY");
    }

    @Test
    void onlyOrganizersChangeSchedulesMoveMeetingsAndShiftDeadlines() {
        Meeting meeting = meetings.opening(LocalDate.of(2027, 6, 30));
        String base = "/api/meetings/" + meeting.id();
        for (String username : List.of("li.wei", "zhou.qiang", "admin")) {
            ApiClient client = api.as(username).in("zh-CN");
            assertThat(client.put(base + "/schedule", IN_ORDER).code()).isEqualTo(403);
            assertThat(client.put(base + "/date", Map.of("opensOn", "2027-07-07")).code()).isEqualTo(403);
            assertThat(client.get(base + "/deadline-shift?days=7").code()).isEqualTo(403);
            assertThat(client.post(base + "/deadline-shift", Map.of("days", 7)).code()).isEqualTo(403);
        }
        assertThat(api.as("li.wei").in("zh-CN").get(base + "/schedule").code()).isEqualTo(200);
    }

    @Test
    void thePreviewOfAShiftChangesNothing() {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));
        Survey survey = surveys.launchInto(meeting.code());

        JsonNode preview = organizer().get("/api/meetings/" + meeting.id() + "/deadline-shift?days=7").body();

        assertThat(preview.get(0).path("after").path("findings").asText())
                .isEqualTo(survey.dueDates().findings().plusDays(7).toString());
        assertThat(surveys.reload(survey).dueDates()).isEqualTo(survey.dueDates());
    }

    @Test
    void movingTheMeetingChangesItsDayAndNotTheDeadlines() {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));
        Survey survey = surveys.launchInto(meeting.code());

        JsonNode moved = organizer().put("/api/meetings/" + meeting.id() + "/date",
                Map.of("opensOn", meeting.opensOn().plusDays(14).toString())).body();

        assertThat(moved.path("opensOn").asText()).isEqualTo(meeting.opensOn().plusDays(14).toString());
        assertThat(surveys.reload(survey).dueDates()).isEqualTo(survey.dueDates());
    }

    @Test
    void aShiftTellsTheTeamAndTheReviewersWithOpenTasksAndIsRecordedInTheHistory() {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));
        Survey survey = surveys.toReview(surveys.launchInto(meeting.code()));
        languages.remember(Surveys.RESEARCHER.username(), Locale.SIMPLIFIED_CHINESE);

        ApiClient.Response shifted = organizer().post("/api/meetings/" + meeting.id() + "/deadline-shift",
                Map.of("days", 7));

        assertThat(shifted.code()).as(shifted.toString()).isEqualTo(200);
        assertThat(notices.of(survey, "DEADLINES_SHIFTED")).extracting(Notices.Notice::recipient)
                .containsExactlyInAnyOrder("li.wei", "wang.fang", "zhou.qiang", "m.ivanov");
        assertThat(notices.of(survey, "DEADLINES_SHIFTED", "wang.fang").get(0).body()).contains("推迟 7 天");
        assertThat(jdbc.sql("select count(*) from survey_event where survey_id = ? and kind = 'DEADLINES_SHIFTED'")
                .param(survey.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where survey_id = ? and kind = 'DEADLINES_SHIFTED'")
                .param(survey.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aShiftOfNoDaysIsRefused() {
        Meeting meeting = meetings.opening(calendar.today().plusDays(60));
        surveys.launchInto(meeting.code());

        refusals.expect(400, "至少须调整一天",
                () -> organizer().post("/api/meetings/" + meeting.id() + "/deadline-shift", Map.of("days", 0)));
    }
}
