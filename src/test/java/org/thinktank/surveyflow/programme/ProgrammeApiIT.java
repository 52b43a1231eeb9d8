package org.thinktank.surveyflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.ApiClient;
import org.thinktank.surveyflow.support.ApiClient.Response;
import org.thinktank.surveyflow.support.Notices;
import org.thinktank.surveyflow.support.Programmes;
import org.thinktank.surveyflow.support.Refusals;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;

/**
 * The programme through the API: sessions, each approved report's session, presenter and slot, and the warnings of
 * a presenter in two places at once or of slots overlapping in a session. The meeting and its days are this class's
 * own; li.wei leads and wang.fang researches every investigation here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeApiIT {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 3);

    @Autowired
    Api api;
    @Autowired
    Programmes programmes;
    @Autowired
    Refusals refusals;
    @Autowired
    Notices notices;

    private Meeting meeting;
    private Session forumA;
    private Session forumB;
    private Survey first;
    private Survey second;
    private Survey third;
    private Survey unapproved;

    @BeforeAll
    void aMeetingWithTwoForumsAndThreeApprovedReports() {
        meeting = programmes.meeting(DAY);
        forumA = programmes.session(meeting, "数字经济分论坛", "Digital Economy Forum", DAY, "09:00", "12:00", "A 厅");
        forumB = programmes.session(meeting, "绿色发展分论坛", "Green Development Forum", DAY, "09:00", "12:00", "B 厅");
        first = programmes.published(meeting, "数字经济调研", "Digital economy survey");
        second = programmes.published(meeting, "绿色低碳调研", "Green growth survey");
        third = programmes.published(meeting, "冰雪旅游调研", null);
        unapproved = programmes.launched(meeting, "尚在调研的课题", null);
    }

    private ApiClient organizer() {
        return api.as("organizer").in("zh-CN");
    }

    private String sessions() {
        return "/api/meetings/" + meeting.id() + "/sessions";
    }

    private static String presentation(Survey survey) {
        return "/api/surveys/" + survey.id() + "/presentation";
    }

    private static Map<String, Object> slot(Session session, String presenter, String startsAt, int minutes,
                                            boolean allowConflict) {
        return Map.of("sessionId", session.id(), "presenter", presenter, "startsAt", startsAt, "minutes", minutes,
                "allowConflict", allowConflict);
    }

    private static Map<String, Object> sessionBody(String name, String day) {
        return Map.of("name", name, "nameEn", "Forum " + day, "heldOn", day, "startsAt", "14:00", "endsAt", "17:00",
                "room", "C 厅");
    }

    @Test
    void organizersAddSessionsAndListThemInTheOrderTheyAreHeld() {
        Response created = organizer().post(sessions(), sessionBody("前一天的分论坛", DAY.minusDays(1).toString()));

        assertThat(created.code()).as(created.toString()).isEqualTo(201);
        assertThat(organizer().get(sessions()).body().findValuesAsText("name"))
                .startsWith("前一天的分论坛", "数字经济分论坛", "绿色发展分论坛");
    }

    @Test
    void aSessionWithoutANameIsRefusedInTheReadersLanguage() {
        refusals.expect(400, "中文名称", () -> organizer().post(sessions(), Map.of("nameEn", "Forum", "heldOn",
                DAY.toString(), "startsAt", "14:00", "endsAt", "17:00", "room", "C 厅")));
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsRefused() {
        refusals.expect(400, "结束时间必须晚于开始时间", () -> organizer().post(sessions(),
                Map.of("name", "倒序", "nameEn", "Backwards", "heldOn", DAY.toString(), "startsAt", "17:00",
                        "endsAt", "14:00", "room", "C 厅")));
    }

    @Test
    void onlyOrganizersAddSessionsOrReadTheWholeProgramme() {
        refusals.expect(403, "组织方", () -> api.as("li.wei").in("zh-CN").post(sessions(), sessionBody("研究人员的", "2031-03-04")));
        assertThat(api.as("li.wei").in("zh-CN").get("/api/meetings/" + meeting.id() + "/programme").code()).isEqualTo(403);
    }

    @Test
    void anApprovedReportIsScheduledAndItsWholeTeamIsTold() {
        Response saved = organizer().put(presentation(first), slot(forumA, "li.wei", "09:00", 20, false));

        assertThat(saved.code()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body().path("endsAt").asText()).isEqualTo("09:20:00");
        assertThat(notices.of(first, "PRESENTATION_SCHEDULED")).extracting(Notices.Notice::recipient)
                .containsExactlyInAnyOrder("li.wei", "wang.fang");
        Response programme = organizer().get("/api/meetings/" + meeting.id() + "/programme");
        assertThat(programme.body().path("sessions").get(0).path("presentations").findValuesAsText("businessKey"))
                .contains(first.businessKey());
    }

    @Test
    void aMovedPresentationTellsTheTeamAgain() {
        organizer().put(presentation(first), slot(forumA, "li.wei", "09:00", 20, true));

        Response moved = organizer().put(presentation(first), slot(forumA, "wang.fang", "09:30", 20, false));

        assertThat(moved.code()).as(moved.toString()).isEqualTo(200);
        assertThat(notices.of(first, "PRESENTATION_MOVED", "li.wei")).singleElement()
                .satisfies(notice -> assertThat(notice.body()).contains("王芳").contains("09:30").contains("A 厅"));
    }

    @Test
    void aTeamMemberSeesTheSlotOfTheirReportAndAnOutsiderDoesNot() {
        organizer().put(presentation(first), slot(forumA, "li.wei", "09:00", 20, true));

        Response seen = api.as("wang.fang").in("zh-CN").get(presentation(first));

        assertThat(seen.code()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.body().path("session").asText()).isEqualTo("数字经济分论坛");
        assertThat(api.as("zhang.lei").in("zh-CN").get(presentation(first)).code()).isEqualTo(403);
    }

    @Test
    void aPresenterInTwoPlacesAtOnceIsAConflictAndNothingIsStored() {
        organizer().put(presentation(second), slot(forumA, "li.wei", "11:00", 20, true));

        Response refused = refusals.expect(409, "李伟同时在「数字经济分论坛」报告「绿色低碳调研」（11:00–11:20）",
                () -> organizer().put(presentation(third), slot(forumB, "li.wei", "11:10", 20, false)));

        assertThat(refused.detail()).contains("allowConflict");
    }

    @Test
    void theConflictIsSaidInEnglishToAnEnglishReader() {
        organizer().put(presentation(second), slot(forumA, "li.wei", "11:00", 20, true));

        refusals.expect(409, "also presents \u201cGreen growth survey\u201d in the session \u201cDigital Economy Forum\u201d",
                () -> api.as("organizer").in("en").put(presentation(third), slot(forumB, "li.wei", "11:10", 20, false)));
    }

    @Test
    void slotsOverlappingInOneSessionAreAConflict() {
        organizer().put(presentation(second), slot(forumA, "li.wei", "11:00", 20, true));

        refusals.expect(409, "该时段与本分论坛的「绿色低碳调研」（11:00–11:20）重叠",
                () -> organizer().put(presentation(third), slot(forumA, "wang.fang", "11:10", 20, false)));
    }

    @Test
    void aConflictConfirmedByTheOrganizerIsSaved() {
        organizer().put(presentation(second), slot(forumA, "li.wei", "11:00", 20, true));

        Response saved = organizer().put(presentation(third), slot(forumB, "li.wei", "11:10", 20, true));

        assertThat(saved.code()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body().path("session").asText()).isEqualTo("绿色发展分论坛");
    }

    @Test
    void aSlotOutsideItsSessionIsRefused() {
        refusals.expect(400, "该时段超出分论坛「数字经济分论坛」的时间（09:00–12:00）",
                () -> organizer().put(presentation(first), slot(forumA, "li.wei", "11:50", 20, true)));
    }

    @Test
    void anUnknownSessionIsRefused() {
        refusals.expect(400, "没有编号为 999999 的分论坛", () -> organizer().put(presentation(first),
                Map.of("sessionId", 999999, "presenter", "li.wei", "startsAt", "09:00", "minutes", 20)));
    }

    @Test
    void aPresenterNotOnTheTeamIsRefused() {
        refusals.expect(400, "报告人必须是调研 " + first.businessKey() + " 的团队成员",
                () -> organizer().put(presentation(first), slot(forumA, "zhang.lei", "09:00", 20, true)));
    }

    @Test
    void aReportNotYetApprovedIsRefused() {
        refusals.expect(400, "尚未批准", () -> organizer().put(presentation(unapproved),
                slot(forumA, "li.wei", "10:00", 20, true)));
    }

    @Test
    void onlyOrganizersSchedule() {
        refusals.expect(403, "组织方", () -> api.as("li.wei").in("zh-CN").put(presentation(first),
                slot(forumA, "li.wei", "09:00", 20, true)));
    }

    @Test
    void aSessionWithPresentationsIsNotDeletedAndAnEmptyOneIs() {
        organizer().put(presentation(first), slot(forumA, "li.wei", "09:00", 20, true));
        Session empty = programmes.session(meeting, "空分论坛", "Empty forum", DAY, "14:00", "15:00", "D 厅");

        refusals.expect(409, "仍有报告安排", () -> organizer().delete(sessions() + "/" + forumA.id()));
        assertThat(organizer().delete(sessions() + "/" + empty.id()).code()).isEqualTo(204);
        assertThat(organizer().get(sessions()).body().findValuesAsText("name")).doesNotContain("空分论坛");
    }

    @Test
    void aRemovedPresentationLeavesTheProgramme() {
        organizer().put(presentation(third), slot(forumB, "wang.fang", "09:00", 20, true));

        assertThat(organizer().delete(presentation(third)).code()).isEqualTo(204);

        assertThat(organizer().get(presentation(third)).code()).isEqualTo(404);
        assertThat(organizer().get("/api/meetings/" + meeting.id() + "/programme").body().path("unscheduled")
                .findValuesAsText("businessKey")).contains(third.businessKey());
    }
}
