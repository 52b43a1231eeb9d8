package org.thinktank.surveyflow.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.plan.PlanBook;
import org.thinktank.surveyflow.plan.PlanContent;
import org.thinktank.surveyflow.plan.PlanDecision;
import org.thinktank.surveyflow.plan.PlanDecisionForm;
import org.thinktank.surveyflow.plan.PlanSite;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.review.ReviewForm;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * The people and the meeting the benchmark works with, and the content of what they submit. Accounts are inserted
 * in one batch with one bcrypt hash of the shared password (hashing it 520 times would take a minute and measure
 * nothing); investigations are launched through the application's own service.
 */
final class Population {

    static final String PASSWORD = "Benchmark-pass-2026!";
    static final int ORGANIZERS = 10;
    static final int REVIEWERS = 10;
    static final int RESEARCHERS = 500;

    private final BenchmarkApp app;
    private final LocalDate today;
    private Meeting meeting;

    Population(BenchmarkApp app) {
        this.app = app;
        this.today = app.bean(WorkCalendar.class).today();
    }

    static String organizer(int number) {
        return "bench.o%02d".formatted(number);
    }

    static String reviewer(int number) {
        return "bench.v%02d".formatted(number);
    }

    static String researcher(int number) {
        return "bench.r%03d".formatted(number);
    }

    static Actor actor(String username) {
        Role role = username.startsWith("bench.o") ? Role.ORGANIZER
                : username.startsWith("bench.v") ? Role.REVIEWER : Role.RESEARCHER;
        return new Actor(username, role);
    }

    void createAccounts() {
        String hash = app.bean(PasswordEncoder.class).encode(PASSWORD);
        List<Object[]> rows = new ArrayList<>();
        IntStream.rangeClosed(1, ORGANIZERS).forEach(i -> rows.add(row(organizer(i), "组织者 " + i, Role.ORGANIZER, hash)));
        IntStream.rangeClosed(1, REVIEWERS).forEach(i -> rows.add(row(reviewer(i), "评审人 " + i, Role.REVIEWER, hash)));
        IntStream.rangeClosed(1, RESEARCHERS)
                .forEach(i -> rows.add(row(researcher(i), "研究员 " + i, Role.RESEARCHER, hash)));
        app.bean(JdbcTemplate.class).batchUpdate("""
                insert into app_user (username, display_name, email, institution, role, password_hash, enabled)
                values (?, ?, ?, null, ?, ?, true)""", rows);
        meeting = app.bean(MeetingCatalog.class).create(new NewMeeting("BM26", "基准测试会议 Benchmark meeting", "哈尔滨",
                today.plusDays(60), null), actor(organizer(1)));
    }

    private static Object[] row(String username, String name, Role role, String hash) {
        return new Object[] {username, name, username + "@bench.invalid", role.name(), hash};
    }

    long meetingId() {
        return meeting.id();
    }

    LaunchRequest launch(String topic, String lead, List<String> team, List<String> reviewers) {
        return new LaunchRequest(meeting.code(), topic, "哈尔滨", lead, team, reviewers, today.plusDays(5),
                today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(35), null, null);
    }

    /**
     * Launches {@code count} investigations in two threads; investigation k's team is four consecutive researchers
     * starting at 4k, so that 2,500 of them give each of the 500 researchers 20 open findings tasks.
     */
    void launchInbox(int count) throws Exception {
        SurveyRegistry registry = app.bean(SurveyRegistry.class);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> launched = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int first = 4 * k;
            launched.add(threads.submit(() -> planApproved(registry.launch(launch("收件箱调研 Inbox " + first,
                    researcher(first % RESEARCHERS + 1), List.of(researcher((first + 1) % RESEARCHERS + 1),
                            researcher((first + 2) % RESEARCHERS + 1), researcher((first + 3) % RESEARCHERS + 1)),
                    List.of(reviewer(first % REVIEWERS + 1), reviewer((first + 1) % REVIEWERS + 1))),
                    actor(organizer(1))), organizer(1))));
        }
        for (Future<?> future : launched) {
            future.get();
        }
        threads.shutdown();
    }

    /** The survey plan every investigation's lead submits before its findings open. */
    static PlanContent plan() {
        return new PlanContent("摸清数字经济发展现状 Map the digital economy", "中小企业为何上云缓慢？ Why slow?",
                List.of(new PlanSite("哈尔滨 Harbin", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8))), "20 家中小企业 20 firms",
                "问卷与访谈 Questionnaire and interviews", "第一周 First week", null);
    }

    /** The lead submits the plan and an organizer approves it, in the process: the findings open. */
    Survey planApproved(Survey survey, String organizer) {
        Actor lead = actor(survey.lead());
        app.bean(PlanBook.class).saveDraft(survey.id(), lead, plan());
        SurveyTasks tasks = app.bean(SurveyTasks.class);
        tasks.submitPlan(survey.id(), lead);
        tasks.decidePlan(survey.id(), actor(organizer), new PlanDecisionForm(PlanDecision.APPROVE, null));
        return survey;
    }

    static FindingForm finding(String title) {
        return new FindingForm(title, FieldMethod.QUESTIONNAIRE, "哈尔滨经开区", LocalDate.of(2026, 4, 18),
                "在受访的 212 家中小企业中，仅 31% 已将核心业务迁移上云。", "设立省级上云补贴。", "省统计局 2026",
                List.of(new Figure("受访企业数", new BigDecimal("212"), "家"), new Figure("上云比例", new BigDecimal("31.0"), "%")));
    }

    static ReportSections sections() {
        return new ReportSections("摘要 Summary", "背景 Background", "方法 Method", "发现 Findings", "建议 Recommendations");
    }

    static ReviewForm review() {
        return new ReviewForm(4, 4, 3, 5, Recommendation.ACCEPT, "论证充分 Well argued", "保密意见 Confidential");
    }
}
