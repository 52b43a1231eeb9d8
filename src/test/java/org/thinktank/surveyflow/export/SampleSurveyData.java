package org.thinktank.surveyflow.export;

import java.time.LocalDate;
import java.util.List;

import org.thinktank.surveyflow.adoption.AdoptionStep;
import org.thinktank.surveyflow.adoption.MeetingAdoption;
import org.thinktank.surveyflow.adoption.TrackedRecommendation;
import org.thinktank.surveyflow.questionnaire.CrossTable;
import org.thinktank.surveyflow.questionnaire.DatasetSheet;
import org.thinktank.surveyflow.questionnaire.DatasetSummary;
import org.thinktank.surveyflow.questionnaire.NumberSpread;
import org.thinktank.surveyflow.questionnaire.OptionCount;
import org.thinktank.surveyflow.questionnaire.QuestionKind;
import org.thinktank.surveyflow.questionnaire.QuestionSummary;
import org.thinktank.surveyflow.questionnaire.ReportTable;

/** Questionnaire summaries and adoption records made in memory, in the shapes the services hand the writers. */
public final class SampleSurveyData {

    /** A free-text answer with personal data: a name and a telephone number. */
    public static final String PERSONAL_ANSWER = "请联系张三 13800138000";
    public static final LocalDate MEETING_DAY = LocalDate.of(2026, 6, 10);

    private SampleSurveyData() {
    }

    public static QuestionSummary industry() {
        return new QuestionSummary("贵单位所属行业", QuestionKind.SINGLE_CHOICE, 212, List.of(
                new OptionCount("制造业", 120, 120 / 212.0), new OptionCount("服务业", 70, 70 / 212.0),
                new OptionCount("农业", 22, 22 / 212.0)), null, List.of());
    }

    public static QuestionSummary difficulties() {
        return new QuestionSummary("主要困难", QuestionKind.MULTIPLE_CHOICE, 200, List.of(
                new OptionCount("资金不足", 130, 0.65), new OptionCount("人才短缺", 98, 0.49),
                new OptionCount("网络条件", 40, 0.2)), null, List.of());
    }

    public static QuestionSummary satisfaction() {
        return new QuestionSummary("对上云补贴政策的满意度", QuestionKind.LIKERT, 210, List.of(
                new OptionCount("非常不满意", 10, 10 / 210.0), new OptionCount("不满意", 20, 20 / 210.0),
                new OptionCount("一般", 60, 60 / 210.0), new OptionCount("满意", 80, 80 / 210.0),
                new OptionCount("非常满意", 40, 40 / 210.0)),
                new NumberSpread(3.5714, 4, 1.0823, 1, 5), List.of());
    }

    public static QuestionSummary employees() {
        return new QuestionSummary("员工人数", QuestionKind.NUMBER, 205, List.of(),
                new NumberSpread(86.4, 45, 120.333, 3, 900), List.of());
    }

    public static QuestionSummary suggestions() {
        return new QuestionSummary("其他意见和建议", QuestionKind.FREE_TEXT, 57, List.of(), null,
                List.of(PERSONAL_ANSWER, "希望简化申报流程"));
    }

    public static CrossTable difficultiesByCity() {
        return new CrossTable("主要困难", "所在城市", List.of("哈尔滨", "大庆"), List.of(
                new CrossTable.Row("资金不足", List.of(80L, 50L)), new CrossTable.Row("人才短缺", List.of(60L, 38L)),
                new CrossTable.Row("网络条件", List.of(15L, 25L))));
    }

    /** The summaries a team chose for its report, in the order it chose them. */
    public static List<ReportTable> reportTables() {
        String dataset = "2026年中小企业数字化问卷";
        return List.of(new ReportTable("受访企业所属行业", "制造业企业占半数以上。", dataset, industry(), null, true),
                new ReportTable("企业对上云补贴政策的满意度", "", dataset, satisfaction(), null, true),
                new ReportTable("受访企业员工人数", "", dataset, employees(), null, true),
                new ReportTable("其他意见和建议", "开放题。", dataset, suggestions(), null, true),
                new ReportTable("主要困难（按城市）", "", dataset, difficulties(), difficultiesByCity(), true));
    }

    public static DatasetSummary summary() {
        return new DatasetSummary(212, List.of(industry(), difficulties(), satisfaction(), employees(), suggestions()),
                List.of("提交答卷时间", "来源IP"));
    }

    /** A dataset as Wenjuanxing exports it, with its raw rows when {@code raw}; the rows hold hostile texts too. */
    public static DatasetSheet dataset(String surveyKey, String title, boolean raw) {
        List<String> header = List.of("序号", "提交答卷时间", "来源IP", "1、贵单位所属行业", "2、员工人数", "3、其他意见和建议");
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("1", "2026/4/1 10:00:00", "192.0.2.1", "制造业", "120", PERSONAL_ANSWER));
        rows.add(List.of("2", "2026/4/1 10:05:00", "192.0.2.2", "服务业", "045", "希望简化申报流程"));
        for (String hostile : SampleExports.HOSTILE_TEXTS) {
            rows.add(List.of(String.valueOf(rows.size() + 1), "2026/4/2 09:00:00", "192.0.2.3", "农业", "-3.5", hostile));
        }
        return new DatasetSheet(surveyKey, title, summary(), raw ? new DatasetSheet.RawData(header, rows) : null);
    }

    public static MeetingAdoption adoption() {
        TrackedRecommendation adopted = new TrackedRecommendation(1, 11, "AM21-1", "数字经济发展现状与路径调研", 1,
                "设立省级中小企业上云补贴。", List.of(
                step(AdoptionStep.Kind.SENT, MEETING_DAY.plusDays(10), "省发展改革委", "", "", "", "", ""),
                step(AdoptionStep.Kind.INSTRUCTION, MEETING_DAY.plusDays(25), "", "王副省长", "省级",
                        "请省发展改革委研究落实。", "", ""),
                step(AdoptionStep.Kind.ADOPTED, MEETING_DAY.plusDays(66), "省发展改革委", "", "", "",
                        "《黑龙江省数字经济发展三年行动计划》", "https://example.gov.cn/plan")));
        TrackedRecommendation declined = new TrackedRecommendation(2, 11, "AM21-1", "数字经济发展现状与路径调研", 2,
                "建设省级数据中心。", List.of(
                step(AdoptionStep.Kind.SENT, MEETING_DAY.plusDays(10), "省工业和信息化厅", "", "", "", "", ""),
                step(AdoptionStep.Kind.DECLINED, MEETING_DAY.plusDays(80), "省工业和信息化厅", "", "",
                        "与现行规划重复。", "", "")));
        TrackedRecommendation pending = new TrackedRecommendation(3, 12, "AM21-2", "人才流失问题调研", 1,
                "完善人才安居政策。", List.of());
        TrackedRecommendation adoptedLater = new TrackedRecommendation(4, 12, "AM21-2", "人才流失问题调研", 2,
                "提高青年人才补贴。", List.of(
                step(AdoptionStep.Kind.SENT, MEETING_DAY.plusDays(15), "省人力资源和社会保障厅", "", "", "", "", ""),
                step(AdoptionStep.Kind.ADOPTED, MEETING_DAY.plusDays(40), "省人力资源和社会保障厅", "", "", "",
                        "《青年人才支持办法》", "")));
        return new MeetingAdoption(7, "AM21", "第二十一届学术年会", MEETING_DAY,
                List.of(adopted, declined, pending, adoptedLater));
    }

    private static AdoptionStep step(AdoptionStep.Kind kind, LocalDate on, String agency, String by, String level,
                                     String text, String document, String link) {
        return new AdoptionStep(kind, on, agency, by, level, text, document, link);
    }
}
