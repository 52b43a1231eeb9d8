package org.thinktank.surveyflow.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thinktank.surveyflow.audit.AuditEvent;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.export.excel.AuditRow;
import org.thinktank.surveyflow.export.excel.FindingRow;
import org.thinktank.surveyflow.export.excel.MeetingWorkbook;
import org.thinktank.surveyflow.export.excel.People;
import org.thinktank.surveyflow.export.excel.WorkbookLanguage;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.export.excel.ReviewRow;
import org.thinktank.surveyflow.export.excel.SurveyRow;
import org.thinktank.surveyflow.review.Review;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.workflow.TimelineTask;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thinktank.surveyflow.export.word.Person;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReportDocumentWriter;
import org.thinktank.surveyflow.export.word.ReportStatus;
import org.thinktank.surveyflow.export.word.ReportTemplate;
import org.thinktank.surveyflow.export.word.ThinkTank;
import org.thinktank.surveyflow.export.word.ReviewLine;
import org.thinktank.surveyflow.export.word.SignOff;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingStatus;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.review.Recommendation;

/** Export content built in memory, for the writers' tests and the benchmark. */
public final class SampleExports {

    public static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

    private SampleExports() {
    }

    public static Finding finding(long id, String title, String sources) {
        return new Finding(id, 1, "li.wei", title, FieldMethod.QUESTIONNAIRE, "哈尔滨经开区", LocalDate.of(2026, 4, 18),
                "在受访的 212 家中小企业中，仅 31% 已将核心业务迁移上云。", "设立省级上云补贴。", sources,
                FindingStatus.SUBMITTED,
                List.of(new Figure("受访企业数", new BigDecimal("212"), "家"), new Figure("上云比例", new BigDecimal("31.5"), "%")),
                NOW, NOW, NOW);
    }

    public static final List<String> HOSTILE_TEXTS = List.of("=HYPERLINK(\"http://example.invalid\",\"click\")",
            "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "＝1+1");

    public static SurveyRow survey(String key, SurveyStage stage, LocalDate due, boolean overdue) {
        return new SurveyRow(key, "数字经济发展现状与路径调研", "哈尔滨", "li.wei", List.of("li.wei", "wang.fang"),
                List.of("zhou.qiang"), stage, NOW, due, overdue,
                Map.of(SurveyStage.FINDINGS, 10.5, SurveyStage.DRAFTING, 3.25));
    }

    public static Review review(String reviewer, String confidential) {
        return new Review(1, 1, 1, reviewer, 4, 4, 3, 5, Recommendation.ACCEPT, "请补充证据 More evidence",
                confidential, NOW);
    }

    public static TimelineTask task(String name, String assignee) {
        return new TimelineTask("AM21-1", "submitFindings", name, assignee, NOW.minusSeconds(86_400 * 2),
                NOW.minusSeconds(86_400), NOW.minusSeconds(3600 * 30), "task-1");
    }

    public static AuditRow auditRow() {
        return new AuditRow("AM21-1", new AuditEvent(7, NOW, "organizer", AuditKind.DECISION_TAKEN, 1L, null,
                "APPROVE", "{\"stage\":\"APPROVAL\"}", "{\"decision\":\"APPROVE\"}", "192.0.2.10"));
    }

    /** The workbook's words from the application's own message bundles. */
    public static WorkbookLanguage language(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new WorkbookLanguage(messages, locale);
    }

    public static People people(WorkbookLanguage language) {
        return new People(List.of(
                new AppUser("li.wei", "李伟", "li.wei@example.org", "黑龙江数字经济研究中心", Role.RESEARCHER, true),
                new AppUser("wang.fang", "王芳", "wang.fang@example.org", "东北振兴研究院", Role.RESEARCHER, true),
                new AppUser("zhou.qiang", "周强", "zhou.qiang@example.org", "国际人才政策研究所", Role.REVIEWER, true),
                new AppUser("organizer", "赵敏", "organizer@example.org", " ", Role.ORGANIZER, true)), language);
    }

    public static MeetingWorkbook workbook(List<FindingRow> findings, boolean withConfidentialComments) {
        return workbook(findings, withConfidentialComments, Locale.ENGLISH);
    }

    public static MeetingWorkbook workbook(List<FindingRow> findings, boolean withConfidentialComments, Locale locale) {
        WorkbookLanguage language = language(locale);
        return new MeetingWorkbook("AM21", "第二十一届学术年会", ZoneId.of("Asia/Shanghai"), NOW, language, people(language),
                List.of(survey("AM21-1", SurveyStage.REVIEW, LocalDate.of(2026, 5, 1), true),
                        survey("AM21-2", SurveyStage.FINDINGS, LocalDate.of(2026, 6, 1), false),
                        survey("AM21-3", SurveyStage.PUBLISHED, null, false)),
                findings, List.of(new ReviewRow("AM21-1", "哈尔滨", review("zhou.qiang", "保密 confidential remark"))),
                List.of(task("Submit findings", "li.wei")), List.of(auditRow()), withConfidentialComments);
    }

    public static ReportSections sections() {
        return new ReportSections(
                "本报告调查了**黑龙江省**数字经济的发展现状。\n\nThe survey covered *two* cities.",
                "背景段落 Background paragraph.",
                "- 问卷调查 Questionnaire\n- 实地访谈 Interviews\n  - 企业 Companies\n\n1. 第一步 First\n2. 第二步 Second",
                "主要发现如下 The main findings follow.",
                "1. 设立省级上云补贴 **Subsidise** cloud adoption\n2. 建设数据中心");
    }

    public static ReportDocument report(List<Finding> findings, List<ReviewLine> reviews, SignOff approval) {
        return new ReportDocument(Locale.SIMPLIFIED_CHINESE, "AM21-1", "第二十一届学术年会", "哈尔滨",
                "数字经济发展现状与路径调研", "Digital economy: current state and paths forward", "哈尔滨、大庆",
                List.of(new Person("李伟", "黑龙江数字经济研究中心"), new Person("王芳", null)), 2,
                approval == null ? ReportStatus.DRAFT : ReportStatus.APPROVED, LocalDate.of(2026, 5, 18), sections(),
                findings, List.of(), reviews, approval, new ThinkTank("东北振兴研究院", "Northeast Revitalization Institute", null), null);
    }

    public static ReportDocument approvedReport() {
        return report(List.of(finding(1, "中小企业上云比例偏低", "省统计局 2026"), finding(2, "人才缺口 Talent gap", "访谈记录 Interviews")),
                List.of(new ReviewLine("周强", 4, 4, 3, 5, Recommendation.ACCEPT),
                        new ReviewLine("M. Ivanov", 5, 4, 4, 4, Recommendation.MINOR_REVISION)),
                new SignOff("赵敏", LocalDateTime.of(2026, 5, 19, 16, 30)));
    }

    /** The application's message bundles, as Spring Boot configures them. */
    public static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The Word writer on the bundled template. */
    public static ReportDocumentWriter reportWriter() {
        return new ReportDocumentWriter(ReportTemplate.bundled(), messages());
    }
}
