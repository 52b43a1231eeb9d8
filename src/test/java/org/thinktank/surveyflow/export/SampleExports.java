package org.thinktank.surveyflow.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReviewLine;
import org.thinktank.surveyflow.export.word.SignOff;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingStatus;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.report.VersionStatus;
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

    public static ReportSections sections() {
        return new ReportSections(
                "本报告调查了**黑龙江省**数字经济的发展现状。\n\nThe survey covered *two* cities.",
                "背景段落 Background paragraph.",
                "- 问卷调查 Questionnaire\n- 实地访谈 Interviews\n  - 企业 Companies\n\n1. 第一步 First\n2. 第二步 Second",
                "主要发现如下 The main findings follow.",
                "1. 设立省级上云补贴 **Subsidise** cloud adoption\n2. 建设数据中心");
    }

    public static ReportDocument report(List<Finding> findings, List<ReviewLine> reviews, SignOff approval) {
        return new ReportDocument("AM21-1", "第二十一届学术年会 21st Annual Meeting", "数字经济发展现状与路径调研 Digital economy",
                "哈尔滨、大庆", List.of("李伟 (li.wei)", "王芳 (wang.fang)"), 2, VersionStatus.SUBMITTED,
                LocalDate.of(2026, 5, 18), sections(), findings, reviews, approval);
    }

    public static ReportDocument approvedReport() {
        return report(List.of(finding(1, "中小企业上云比例偏低", "省统计局 2026"), finding(2, "人才缺口 Talent gap", "访谈记录 Interviews")),
                List.of(new ReviewLine("周强 (zhou.qiang)", 4, 4, 3, 5, Recommendation.ACCEPT),
                        new ReviewLine("M. Ivanov (m.ivanov)", 5, 4, 4, 4, Recommendation.MINOR_REVISION)),
                new SignOff("组织者 (organizer)", LocalDateTime.of(2026, 5, 19, 16, 30)));
    }
}
