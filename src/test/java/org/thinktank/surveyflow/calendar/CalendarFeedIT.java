package org.thinktank.surveyflow.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * A person's due dates as an iCalendar feed at a private address (issue 10, point 8): made on the calendar page,
 * read without a session, holding the person's own tasks and meeting days only, well-formed, and dead once revoked
 * or renewed. A lead of this class's own with one investigation whose topic needs escaping and folding; another
 * lead's investigation in another meeting must not show.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedIT {

    private static final Pattern FEED_ADDRESS = Pattern.compile("http://localhost(/calendar/feed/[A-Za-z0-9_-]{43}\\.ics)\\?lang=([a-zA-Z-]+)");

    @Autowired
    Pages pages;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    Surveys surveys;
    @Autowired
    MeetingCatalog meetings;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Processes processes;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    private Actor lead;
    private long meetingId;
    private LocalDate opensOn;
    private Survey mine;
    private Survey theirs;

    @BeforeAll
    void investigations() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        lead = new Actor("feed-lead-" + suffix, Role.RESEARCHER);
        String other = "feed-other-" + suffix;
        accounts.createDemoAccount(new NewUser(lead.username(), "日历 " + suffix, null, null, Role.RESEARCHER, "demo"));
        accounts.createDemoAccount(new NewUser(other, "Other " + suffix, null, null, Role.RESEARCHER, "demo"));
        opensOn = calendar.today().plusDays(60);
        meetingId = meetings.create(new NewMeeting("CAL" + suffix.toUpperCase(java.util.Locale.ROOT),
                "科技大会, 2027; 哈尔滨", "哈尔滨", opensOn, null), Surveys.ORGANIZER).id();
        long otherMeeting = meetings.create(new NewMeeting("CALX" + suffix.toUpperCase(java.util.Locale.ROOT),
                "Other meeting " + suffix, null, calendar.today().plusDays(61), null), Surveys.ORGANIZER).id();
        mine = launch(meetingId, "黑土地保护, 利用; 与“粮食安全”协同发展路径研究——以黑龙江、吉林两省为例的实地调研", lead.username());
        theirs = launch(otherMeeting, "不应出现的课题 " + suffix, other);
    }

    private Survey launch(long meeting, String topic, String leadName) {
        LocalDate today = calendar.today();
        String code = meetings.find(meeting).orElseThrow().code();
        return surveys.planApproved(registry.launch(new LaunchRequest(code, topic, "哈尔滨", leadName, List.of(),
                List.of(Surveys.REVIEWER_1.username()), today.plusDays(10), today.plusDays(20), today.plusDays(30),
                today.plusDays(35), null, null), Surveys.ORGANIZER));
    }

    private MockHttpServletResponse feed(String path) throws Exception {
        return pages.mvc().perform(get(path)).andReturn().getResponse();
    }

    private String taskOf(Survey survey) {
        List<Task> open = processes.tasksOf(processes.of(survey)).list();
        assertThat(open).hasSize(1);
        return open.get(0).getId();
    }

    @Test
    void theCalendarPageMakesASubscriptionAddressShownOnce() throws Exception {
        String page = pages.mvc().perform(post("/calendar/feed").param("lang", "en").with(csrf())
                        .with(pages.as("li.wei"))).andReturn().getResponse().getContentAsString(UTF_8);

        Matcher address = FEED_ADDRESS.matcher(page);
        assertThat(address.find()).as(page).isTrue();
        assertThat(address.group(2)).isEqualTo("en");
        assertThat(page).contains("webcal://localhost" + address.group(1), "shown only this once");
        assertThat(feed(address.group(1)).getStatus()).isEqualTo(200);
        String later = pages.mvc().perform(get("/calendar?lang=en").with(pages.as("li.wei"))).andReturn().getResponse()
                .getContentAsString(UTF_8);
        assertThat(later).doesNotContain(address.group(1)).contains("Your subscription address was made on");
    }

    @Test
    void theFeedIsReadWithoutASessionAsACalendar() throws Exception {
        MvcResult result = pages.mvc().perform(get(CalendarPaths.feed(feeds.renew(lead)) + "?lang=en")).andReturn();

        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar").containsIgnoringCase("charset=utf-8");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getRequest().getSession(false)).as("no session").isNull();
    }

    @Test
    void theFeedHoldsTheirTasksAndMeetingDaysAndNoOneElses() throws Exception {
        String document = feed(CalendarPaths.feed(feeds.renew(lead)) + "?lang=en").getContentAsString(UTF_8);

        List<String> lines = ICalendarChecker.check(document);
        assertThat(lines).contains("UID:task-" + taskOf(mine) + "@surveyflow", "UID:meeting-" + meetingId + "@surveyflow",
                "DTSTART;VALUE=DATE:" + opensOn.format(DateTimeFormatter.BASIC_ISO_DATE),
                "DTSTART;VALUE=DATE:" + calendar.today().plusDays(10).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(String.join("\n", lines)).doesNotContain(taskOf(theirs), theirs.businessKey(), "Other meeting");
        assertThat(lines).filteredOn(line -> line.startsWith("BEGIN:VEVENT")).hasSize(2);
    }

    @Test
    void theFeedIsWellFormedWithItsTopicEscapedAndFolded() throws Exception {
        String document = feed(CalendarPaths.feed(feeds.renew(lead)) + "?lang=en").getContentAsString(UTF_8);

        List<String> lines = ICalendarChecker.check(document);
        assertThat(document).contains("\r\n ");
        assertThat(lines).contains("SUMMARY:Submit findings: " + mine.businessKey() + " "
                + mine.topic().replace(",", "\\,").replace(";", "\\;"));
        assertThat(lines).contains("SUMMARY:Meeting opens: 科技大会\\, 2027\\; 哈尔滨");
        assertThat(lines).anyMatch(line -> line.startsWith("DESCRIPTION:Submit findings") && line.contains("\\nOpen: http://localhost/surveys/" + mine.id() + "/tasks/submitFindings"));
        assertThat(lines).anyMatch(line -> line.startsWith("X-WR-CALNAME:Survey deadlines of 日历"));
    }

    @Test
    void theFeedSpeaksChineseWhenItsAddressSaysSo() throws Exception {
        List<String> lines = ICalendarChecker.check(
                feed(CalendarPaths.feed(feeds.renew(lead)) + "?lang=zh-CN").getContentAsString(UTF_8));

        assertThat(lines).anyMatch(line -> line.startsWith("SUMMARY:提交调研发现：" + mine.businessKey()))
                .anyMatch(line -> line.startsWith("SUMMARY:会议开幕：科技大会"))
                .anyMatch(line -> line.startsWith("X-WR-CALNAME:日历 ") && line.endsWith("的调研日历"));
    }

    @Test
    void aRevokedAddressIsANotFoundThatSaysNothing() throws Exception {
        String path = CalendarPaths.feed(feeds.renew(lead));
        feeds.revoke(lead);

        MockHttpServletResponse response = feed(path + "?lang=en");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(UTF_8)).isEmpty();
        assertThat(response.getContentType()).isNull();
        assertThat(feeds.madeAt(lead)).isEmpty();
    }

    @Test
    void revokingOnThePageEndsTheAddress() throws Exception {
        Actor someone = new Actor("wang.fang", Role.RESEARCHER);
        String path = CalendarPaths.feed(feeds.renew(someone));

        MockHttpServletResponse revoked = pages.mvc().perform(post("/calendar/feed/revoke").with(csrf())
                .with(pages.as("wang.fang"))).andReturn().getResponse();

        assertThat(revoked.getStatus()).isEqualTo(302);
        assertThat(feed(path).getStatus()).isEqualTo(404);
    }

    @Test
    void aRenewedAddressWorksAndTheOldOneNoLonger() throws Exception {
        String old = CalendarPaths.feed(feeds.renew(lead));
        String renewed = CalendarPaths.feed(feeds.renew(lead));

        assertThat(feed(renewed).getStatus()).isEqualTo(200);
        assertThat(feed(old).getStatus()).isEqualTo(404);
    }

    @Test
    void anAddressOfNoFeedIsANotFound() throws Exception {
        assertThat(feed(CalendarPaths.feed("A".repeat(43))).getStatus()).isEqualTo(404);
        assertThat(feed(CalendarPaths.feed("not-a-secret")).getStatus()).isEqualTo(404);
    }

    @Test
    void onlyTheStoredHashOfTheSecretIsKept() {
        String secret = feeds.renew(lead);

        byte[] stored = jdbc.sql("select secret_hash from calendar_feed where username = ?").param(lead.username())
                .query(byte[].class).single();

        assertThat(stored).hasSize(32).isNotEqualTo(secret.getBytes(UTF_8));
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
    }

    @Test
    void theFeedCannotBeWrittenTo() throws Exception {
        String path = CalendarPaths.feed(feeds.renew(lead));

        assertThat(pages.mvc().perform(post(path)).andReturn().getResponse().getStatus()).isNotEqualTo(200);
    }
}
