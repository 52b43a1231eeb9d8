package org.thinktank.surveyflow.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.plan.PlanBook;
import org.thinktank.surveyflow.plan.PlanContent;
import org.thinktank.surveyflow.plan.PlanDecision;
import org.thinktank.surveyflow.plan.PlanDecisionForm;
import org.thinktank.surveyflow.plan.PlanSite;
import org.thinktank.surveyflow.report.ReportArchive;
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
 * Drives surveys (investigations) through the application's services as the demo people would, for tests that are
 * about what happens next rather than about the HTTP layer. Demo team: li.wei (lead) and wang.fang; reviewers
 * zhou.qiang and m.ivanov. They are launched into the demo meeting, {@value #MEETING}.
 */
@Component
public class Surveys {

    public static final Actor ORGANIZER = new Actor("organizer", Role.ORGANIZER);
    public static final Actor LEAD = new Actor("li.wei", Role.RESEARCHER);
    public static final Actor RESEARCHER = new Actor("wang.fang", Role.RESEARCHER);
    public static final Actor REVIEWER_1 = new Actor("zhou.qiang", Role.REVIEWER);
    public static final Actor REVIEWER_2 = new Actor("m.ivanov", Role.REVIEWER);

    /** The code of the demo meeting, which the demo seeder creates. */
    public static final String MEETING = "AM21";

    private final SurveyRegistry registry;
    private final MeetingCatalog meetings;
    private final FindingsBook findings;
    private final ReportArchive reports;
    private final SurveyTasks surveyTasks;
    private final WorkCalendar calendar;
    private final Processes processes;
    private final PlanBook plans;

    public Surveys(SurveyRegistry registry, MeetingCatalog meetings, FindingsBook findings, ReportArchive reports,
                   SurveyTasks surveyTasks, WorkCalendar calendar, Processes processes, PlanBook plans) {
        this.plans = plans;
        this.registry = registry;
        this.meetings = meetings;
        this.findings = findings;
        this.reports = reports;
        this.surveyTasks = surveyTasks;
        this.calendar = calendar;
        this.processes = processes;
    }

    /** The id of the demo meeting. */
    public long meetingId() {
        return meetings.findByCode(MEETING).orElseThrow().id();
    }

    public LaunchRequest launchRequest() {
        LocalDate today = calendar.today();
        return new LaunchRequest(MEETING, "数字经济发展现状与路径调研 Digital economy", "哈尔滨、大庆", LEAD.username(),
                List.of(RESEARCHER.username()), List.of(REVIEWER_1.username(), REVIEWER_2.username()),
                today.plusDays(5), today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(35), null,
                null);
    }

    /** Launched, its plan approved: the team is at work on the findings. */
    public Survey launch() {
        return planApproved(launchInPlanning());
    }

    /** Launched: the lead is to submit the survey plan. */
    public Survey launchInPlanning() {
        return registry.launch(launchRequest(), ORGANIZER);
    }

    /** The demo team's investigation, launched into another meeting than the demo's. */
    public Survey launchInto(String meetingCode) {
        LaunchRequest demo = launchRequest();
        return planApproved(registry.launch(new LaunchRequest(meetingCode, demo.topic(), demo.region(), demo.lead(), demo.team(),
                demo.reviewers(), demo.findingsDue(), demo.draftDue(), demo.reviewDue(), demo.approvalDue(), null, null),
                ORGANIZER));
    }

    public Survey launchWithReminderLead(Duration reminderLead) {
        return planApproved(registry.launch(launchRequest().withReminderLead(reminderLead), ORGANIZER));
    }

    /** Every stage due one day after the one before, starting today (the plan today too); its plan approved. */
    public Survey launchWithTightDeadlines() {
        LocalDate today = calendar.today();
        return planApproved(registry.launch(launchRequest().withDueDates(today, today.plusDays(1), today.plusDays(2),
                today.plusDays(3)), ORGANIZER));
    }

    /** A plan with every field filled in, one site. */
    public static PlanContent plan(String objectives) {
        return new PlanContent(objectives, "中小企业为何上云缓慢？ Why are small firms slow to adopt cloud?",
                List.of(new PlanSite("哈尔滨经开区 Harbin", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8))),
                "省工信厅、20 家中小企业 Provincial department, 20 firms", "问卷与访谈 Questionnaire and interviews",
                "五月第一周实地调研 Fieldwork in the first week of May", "差旅 3 万元 Travel 30,000 yuan");
    }

    /** The lead saves a plan and submits it: the organizers are to decide on it. */
    public Survey submitPlan(Survey survey, String objectives) {
        Actor lead = new Actor(survey.lead(), Role.RESEARCHER);
        plans.saveDraft(survey.id(), lead, plan(objectives));
        surveyTasks.submitPlan(survey.id(), lead);
        return reload(survey);
    }

    public void decidePlan(Survey survey, PlanDecision decision, String comment) {
        surveyTasks.decidePlan(survey.id(), ORGANIZER, new PlanDecisionForm(decision, comment));
    }

    /**
     * The lead submits a plan and an organizer approves it: the findings open. For tests that launch an investigation
     * of their own and then work on its findings.
     */
    public Survey planApproved(Survey survey) {
        submitPlan(survey, "摸清数字经济发展现状 Map the digital economy");
        decidePlan(survey, PlanDecision.APPROVE, null);
        return reload(survey);
    }

    /** Findings in and version 1 submitted. */
    public Survey toReview(Survey survey) {
        allFindingsIn(survey);
        submitDraft(survey, "v1");
        return survey;
    }

    public static FindingForm finding(String title) {
        return new FindingForm(title, FieldMethod.QUESTIONNAIRE, "哈尔滨经开区", LocalDate.of(2026, 4, 18),
                "在受访的 212 家中小企业中，仅 31% 已将核心业务迁移上云。", "设立省级上云补贴。", "省统计局 2026",
                List.of(new Figure("受访企业数", new BigDecimal("212"), "家"), new Figure("上云比例", new BigDecimal("31.0"), "%")));
    }

    public static ReportSections sections(String version) {
        return new ReportSections("摘要 Summary " + version, "背景 Background", "方法 Method", "发现 Findings",
                "建议 Recommendations");
    }

    public static ReviewForm review(Recommendation recommendation) {
        return new ReviewForm(4, 4, 3, 5, recommendation, "Please strengthen the evidence 请补充证据",
                "Confidential: the team was late 保密意见");
    }

    /** A finding the researcher keeps as a draft (not submitted). */
    public Finding draftFinding(Survey survey, Actor researcher) {
        return findings.add(survey.id(), researcher, finding("草稿发现 draft by " + researcher.username()));
    }

    /** Adds a finding and submits it; the engine then joins the findings tasks, as the job executor would. */
    public void submitFindings(Survey survey, Actor researcher) {
        findings.add(survey.id(), researcher, finding("中小企业上云比例偏低 by " + researcher.username()));
        surveyTasks.submitFindings(survey.id(), researcher);
        processes.runAsyncContinuations();
    }

    public void allFindingsIn(Survey survey) {
        submitFindings(survey, LEAD);
        submitFindings(survey, RESEARCHER);
    }

    public void submitDraft(Survey survey, String version) {
        reports.saveDraft(survey.id(), LEAD, sections(version));
        surveyTasks.submitReport(survey.id(), LEAD);
    }

    public void reviewRound(Survey survey, Recommendation first, Recommendation second) {
        completeReview(survey, REVIEWER_1, first);
        completeReview(survey, REVIEWER_2, second);
    }

    public void completeReview(Survey survey, Actor reviewer, Recommendation recommendation) {
        surveyTasks.review(survey.id(), reviewer, review(recommendation));
    }

    public void approval(Survey survey, DecisionOutcome outcome) {
        surveyTasks.approve(survey.id(), ORGANIZER,
                new DecisionForm(outcome, outcome.needsReason() ? "请补充国际比较 Add an international comparison" : null));
    }

    public void rejectionDecision(Survey survey, DecisionOutcome outcome) {
        surveyTasks.decideRejection(survey.id(), ORGANIZER,
                new DecisionForm(outcome, "The reviewers found the premise unsound"));
    }

    /** Launch, all findings in, version 1 submitted: the reviewers are at work. */
    public Survey inReview() {
        return toReview(launch());
    }

    /** Reviewed and accepted by both reviewers: the organizers are asked to approve. */
    public Survey awaitingApproval() {
        Survey survey = inReview();
        reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
        return survey;
    }

    /** An investigation of the demo meeting with this lead, team and reviewers, due dates as {@link #launchRequest()}. */
    public Survey launchWith(String lead, List<String> team, List<String> reviewers) {
        LaunchRequest demo = launchRequest();
        return planApproved(registry.launch(new LaunchRequest(MEETING, demo.topic(), demo.region(), lead, team, reviewers,
                demo.findingsDue(), demo.draftDue(), demo.reviewDue(), demo.approvalDue(), null, null), ORGANIZER));
    }

    /** Every team member's findings in and version 1 submitted by the lead, whoever they are. */
    public Survey toReviewByItsTeam(Survey survey) {
        survey.team().forEach(member -> submitFindings(survey, new Actor(member, Role.RESEARCHER)));
        Actor lead = new Actor(survey.lead(), Role.RESEARCHER);
        reports.saveDraft(survey.id(), lead, sections("v1"));
        surveyTasks.submitReport(survey.id(), lead);
        return survey;
    }

    /**
     * Version 1 with this recommendations section (Markdown), accepted by both reviewers and approved: its report
     * published and its recommendations tracked.
     */
    public Survey publishedWith(String recommendations) {
        Survey survey = launch();
        allFindingsIn(survey);
        ReportSections sections = sections("v1");
        reports.saveDraft(survey.id(), LEAD, new ReportSections(sections.summary(), sections.background(),
                sections.method(), sections.findings(), recommendations));
        surveyTasks.submitReport(survey.id(), LEAD);
        reviewRound(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
        approval(survey, DecisionOutcome.APPROVE);
        return reload(survey);
    }

    /** An investigation launched elsewhere (over the API, from a page), by id. */
    public Survey reloadById(long surveyId) {
        return registry.requireUnchecked(surveyId);
    }

    public Survey reload(Survey survey) {
        return registry.requireUnchecked(survey.id());
    }
}
