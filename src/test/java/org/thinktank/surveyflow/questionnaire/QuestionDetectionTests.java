package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.questionnaire.QuestionnaireFiles.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each question's kind as detected from a dataset in the layouts of Wenjuanxing, KoboToolbox and LimeSurvey. */
class QuestionDetectionTests {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final byte[] WENJUANXING_XLSX = wenjuanxingXlsx(12);
    private static final byte[] KOBO_XLSX = koboXlsx(12, false);
    private final QuestionnaireReader reader = new QuestionnaireReader();

    /** One tool's export of the same twelve respondents, and its names for the questions. */
    record Layout(String name, DatasetFile file, String region, String age, String services, String satisfaction,
                  String comment, List<String> serviceOptions, List<String> hidden) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Layout> layouts() {
        List<String> wjxHidden = new ArrayList<>(WJX_METADATA);
        wjxHidden.add("总分");
        List<String> koboHidden = List.of("start", "end", "today", "deviceid", "_id", "_uuid", "_submission_time",
                "_validation_status", "_index", "__version__", "meta/instanceID");
        return Stream.of(
                new Layout("Wenjuanxing .xlsx", DatasetFile.of("问卷星.xlsx", WENJUANXING_XLSX, LIMIT), WJX_REGION,
                        WJX_AGE, WJX_CHANNELS, WJX_SATISFACTION, WJX_SUGGESTION, List.of("政府网站", "微信公众号", "新闻媒体"),
                        wjxHidden),
                new Layout("Wenjuanxing .csv (GB18030)", DatasetFile.of("问卷星.csv", wenjuanxingCsv(12), LIMIT),
                        WJX_REGION, WJX_AGE, WJX_CHANNELS, WJX_SATISFACTION, WJX_SUGGESTION,
                        List.of("政府网站", "微信公众号", "新闻媒体"), wjxHidden),
                new Layout("KoboToolbox .xlsx", DatasetFile.of("kobo.xlsx", KOBO_XLSX, LIMIT), KOBO_REGION,
                        KOBO_AGE, KOBO_SERVICES, KOBO_SATISFACTION, KOBO_COMMENT, List.of("online", "booking", "hotline"),
                        koboHidden),
                new Layout("KoboToolbox .csv, Chinese labels", DatasetFile.of("kobo.csv", koboCsv(12, true), LIMIT),
                        "地区", "年龄", "使用过的服务", "满意度", "意见", List.of("在线办理", "预约服务", "咨询热线"), koboHidden),
                new Layout("LimeSurvey .csv", DatasetFile.of("limesurvey.csv", limeSurveyCsv(12), LIMIT), "Q1", "Q2", "Q3",
                        "Q4", "Q5", List.of("SQ001", "SQ002", "SQ003"),
                        List.of("id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp",
                                "ipaddr", "refurl")));
    }

    // each layout is read once for all the tests that only look at its summary
    private static final Map<String, DatasetSummary> SUMMARIES = new ConcurrentHashMap<>();

    private DatasetSummary summary(Layout layout) {
        return SUMMARIES.computeIfAbsent(layout.name(), name -> reader.summarise(layout.file()));
    }

    private QuestionSummary question(Layout layout, String name) {
        return question(summary(layout), name);
    }

    static QuestionSummary question(DatasetSummary summary, String name) {
        return summary.questions().stream().filter(q -> q.question().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + name + " in " + summary.questions()));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aColumnOfFewRepeatedAnswersIsASingleChoice(Layout layout) {
        QuestionSummary region = question(layout, layout.region());

        assertThat(region.kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
        assertThat(region.options()).extracting(OptionCount::count).containsExactly(3L, 3L, 3L, 3L);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void numbersAreANumberQuestion(Layout layout) {
        assertThat(question(layout, layout.age()).kind()).isEqualTo(QuestionKind.NUMBER);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void oneTickColumnPerOptionIsOneMultipleChoiceWhoseOptionsAreTheHeaderSuffixes(Layout layout) {
        DatasetSummary summary = summary(layout);
        QuestionSummary services = question(summary, layout.services());

        assertThat(services.kind()).isEqualTo(QuestionKind.MULTIPLE_CHOICE);
        assertThat(services.options()).extracting(OptionCount::option).containsExactlyElementsOf(layout.serviceOptions());
        assertThat(summary.questions()).extracting(QuestionSummary::question)
                .noneMatch(name -> name.startsWith(layout.services()) && !name.equals(layout.services()));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void agreementAndSatisfactionScalesAreLikert(Layout layout) {
        assertThat(question(layout, layout.satisfaction()).kind()).isEqualTo(QuestionKind.LIKERT);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void longAnswersThatRarelyRepeatAreFreeTextWithASampleOfAtMostFive(Layout layout) {
        QuestionSummary comment = question(layout, layout.comment());

        assertThat(comment.kind()).isEqualTo(QuestionKind.FREE_TEXT);
        assertThat(comment.answers()).isEqualTo(6);
        assertThat(comment.sampleAnswers()).hasSize(5);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void theToolsMetadataColumnsAreHiddenAndNotSummarised(Layout layout) {
        DatasetSummary summary = summary(layout);

        assertThat(summary.hiddenColumns()).containsExactlyElementsOf(layout.hidden());
        assertThat(summary.questions()).extracting(QuestionSummary::question).doesNotContainAnyElementsOf(layout.hidden());
        assertThat(summary.respondents()).isEqualTo(12);
    }

    @Test
    void wenjuanxingsOptionsJoinedByTheSeparatorAreOneMultipleChoice() {
        QuestionSummary services = question(reader.summarise(DatasetFile.of("问卷星.xlsx", WENJUANXING_XLSX, LIMIT)),
                WJX_SERVICES);

        assertThat(services.kind()).isEqualTo(QuestionKind.MULTIPLE_CHOICE);
        assertThat(services.options()).extracting(OptionCount::option).containsExactly("在线办理", "预约服务", "咨询热线");
    }

    @Test
    void koboToolboxsSpaceSeparatedSummaryColumnIsNotAQuestionOfItsOwn() {
        DatasetSummary summary = reader.summarise(DatasetFile.of("kobo.xlsx", KOBO_XLSX, LIMIT));

        assertThat(summary.questions()).extracting(QuestionSummary::question)
                .containsExactly(KOBO_REGION, KOBO_AGE, KOBO_SERVICES, KOBO_SATISFACTION, KOBO_COMMENT);
        assertThat(question(summary, KOBO_SERVICES).kind()).isEqualTo(QuestionKind.MULTIPLE_CHOICE);
    }

    @Test
    void aScaleOfLabelsListsItsPointsInScaleOrderNotByCount() {
        QuestionSummary satisfaction = question(reader.summarise(DatasetFile.of("问卷星.xlsx", WENJUANXING_XLSX, LIMIT)),
                WJX_SATISFACTION);

        assertThat(satisfaction.options()).extracting(OptionCount::option).containsExactlyElementsOf(SATISFACTION_ZH);
    }

    @Test
    void anEnglishAgreementScaleListsItsPointsFromStronglyDisagree() {
        QuestionSummary agreement = question(reader.summarise(DatasetFile.of("lime.csv", limeSurveyCsv(12), LIMIT)), "Q4");

        assertThat(agreement.options()).extracting(OptionCount::option).containsExactlyElementsOf(AGREEMENT_EN);
    }

    @Test
    void integersFromOneToFiveAreAFivePointScaleListingPointsNobodyChose() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("您对服务的评分")));
        IntStream.of(2, 3, 3, 4, 2, 3).forEach(score -> rows.add(List.of(String.valueOf(score))));

        QuestionSummary score = question(reader.summarise(DatasetFile.of("评分.xlsx", xlsx(rows), LIMIT)), "您对服务的评分");

        assertThat(score.kind()).isEqualTo(QuestionKind.LIKERT);
        assertThat(score.options()).extracting(OptionCount::option).containsExactly("1", "2", "3", "4", "5");
        assertThat(score.options()).extracting(OptionCount::count).containsExactly(0L, 2L, 3L, 1L, 0L);
    }

    @Test
    void integersUpToSevenAreASevenPointScale() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("score")));
        IntStream.of(1, 6, 7, 4).forEach(score -> rows.add(List.of(String.valueOf(score))));

        QuestionSummary score = question(reader.summarise(DatasetFile.of("score.csv",
                csv(rows, StandardCharsets.UTF_8, false), LIMIT)), "score");

        assertThat(score.kind()).isEqualTo(QuestionKind.LIKERT);
        assertThat(score.options()).hasSize(7);
    }

    @Test
    void moreThanThirtyDifferentShortAnswersAreFreeText() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("单位名称")));
        IntStream.range(0, 31).forEach(i -> rows.add(List.of("单位" + i)));
        IntStream.range(0, 31).forEach(i -> rows.add(List.of("单位" + i)));

        assertThat(question(reader.summarise(DatasetFile.of("units.csv", csv(rows, StandardCharsets.UTF_8, false), LIMIT)),
                "单位名称").kind()).isEqualTo(QuestionKind.FREE_TEXT);
    }

    @Test
    void thirtyDifferentShortAnswersAreASingleChoice() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("单位名称")));
        IntStream.range(0, 30).forEach(i -> rows.add(List.of("单位" + i)));

        assertThat(question(reader.summarise(DatasetFile.of("units.csv", csv(rows, StandardCharsets.UTF_8, false), LIMIT)),
                "单位名称").kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
    }

    @Test
    void aGroupOfColumnsHoldingMoreThanTicksIsSeveralQuestions() {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("Q5[SQ001]", "Q5[SQ002]")));
        IntStream.range(0, 6).forEach(i -> rows.add(List.of("A" + (1 + i % 3), "A" + (1 + i % 2))));

        DatasetSummary summary = reader.summarise(DatasetFile.of("lime.csv", csv(rows, StandardCharsets.UTF_8, false), LIMIT));

        assertThat(summary.questions()).extracting(QuestionSummary::question).containsExactly("Q5[SQ001]", "Q5[SQ002]");
        assertThat(summary.questions()).extracting(QuestionSummary::kind)
                .containsOnly(QuestionKind.SINGLE_CHOICE);
    }

    @Test
    void wenjuanxingsSkippedMarkIsNoAnswer() {
        QuestionSummary suggestion = question(reader.summarise(DatasetFile.of("问卷星.csv", wenjuanxingCsv(12), LIMIT)),
                WJX_SUGGESTION);

        assertThat(suggestion.answers()).isEqualTo(6);
        assertThat(suggestion.sampleAnswers()).doesNotContain("(跳过)");
    }
}
