package org.thinktank.surveyflow.export.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.thinktank.surveyflow.export.word.Person;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReportStatus;
import org.thinktank.surveyflow.export.word.ReportTemplate;
import org.thinktank.surveyflow.export.word.ReviewLine;
import org.thinktank.surveyflow.export.word.SignOff;
import org.thinktank.surveyflow.export.word.ThinkTank;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingStatus;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.review.Recommendation;

/**
 * The sample study report a template preview shows: made-up but plausible content in Chinese and English, two
 * findings with figures, two reviews and an approval, so that every style of the template appears on a page.
 */
final class PreviewReport {

    static final String TITLE = "县域数字经济发展现状与路径调研";
    static final String TITLE_EN = "Digital economy in county towns: where it stands and how to advance it";
    private static final Instant AT = Instant.parse("2026-05-20T02:00:00Z");
    private static final LocalDate DATE = LocalDate.of(2026, 5, 18);

    private PreviewReport() {
    }

    static ReportDocument document(String meetingName, Branding branding, ReportTemplate template, Locale locale) {
        ThinkTank thinkTank = new ThinkTank(orEmpty(branding.thinkTankName()), orEmpty(branding.thinkTankNameEn()),
                branding.logo());
        return new ReportDocument(locale, "PREVIEW-1", meetingName, "哈尔滨", TITLE, TITLE_EN, "黑龙江省哈尔滨市、大庆市",
                List.of(new Person("李伟", "黑龙江省科学院"), new Person("王芳", "哈尔滨工业大学")), 2,
                ReportStatus.APPROVED, DATE, sections(), findings(), List.of(),
                List.of(new ReviewLine("周强 (中国科学技术大学)", 4, 4, 3, 5, Recommendation.ACCEPT),
                        new ReviewLine("M. Ivanov (Novosibirsk State University)", 5, 4, 4, 4, Recommendation.ACCEPT)),
                new SignOff("陈静 (组织者 Organizer)", LocalDateTime.of(2026, 5, 19, 16, 30)), thinkTank, template);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static ReportSections sections() {
        return new ReportSections(
                "本报告调查了**黑龙江省**两个县域的数字经济发展现状，提出三项建议。\n\n"
                        + "The survey covered two county towns and makes three recommendations.",
                "数字经济是县域经济转型的重要方向。 The digital economy is where county towns can grow.",
                "- 问卷调查 Questionnaire (212 家企业)\n- 实地访谈 Interviews\n- 统计数据分析 Data analysis",
                "主要发现如下。 The main findings follow.",
                "1. 设立省级上云补贴 Subsidise cloud adoption\n2. 建设县域数据中心 Build county data centres\n"
                        + "3. 联合高校培养数字人才 Train digital talent with universities");
    }

    private static List<Finding> findings() {
        return List.of(
                finding(1, "中小企业上云比例偏低 Few small firms use the cloud", FieldMethod.QUESTIONNAIRE,
                        "在受访的 212 家中小企业中，仅 31.5% 已将核心业务迁移上云。",
                        List.of(new Figure("受访企业数 Firms surveyed", new BigDecimal("212"), "家"),
                                new Figure("上云比例 Cloud adoption", new BigDecimal("31.5"), "%")),
                        "黑龙江省统计局，2026年统计年鉴"),
                finding(2, "数字人才缺口明显 A clear shortage of digital talent", FieldMethod.INTERVIEW,
                        "受访企业平均每家缺少 3.2 名数字技术人员。",
                        List.of(new Figure("访谈企业数 Firms interviewed", new BigDecimal("48"), "家"),
                                new Figure("人才缺口 Vacancies per firm", new BigDecimal("3.2"), "人")),
                        "实地访谈记录 Interview notes, April 2026"));
    }

    private static Finding finding(long id, String title, FieldMethod method, String evidence, List<Figure> figures,
                                   String sources) {
        return new Finding(id, 0, "li.wei", title, method, "哈尔滨经开区", LocalDate.of(2026, 4, 18), evidence,
                "建议设立专项补贴。 Set up a targeted subsidy.", sources, FindingStatus.SUBMITTED, figures, AT, AT, AT);
    }
}
