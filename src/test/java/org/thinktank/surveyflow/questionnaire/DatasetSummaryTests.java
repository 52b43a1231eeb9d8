package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.CHINESE;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.ENGLISH;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.refusal;
import static org.thinktank.surveyflow.questionnaire.QuestionDetectionTests.question;
import static org.thinktank.surveyflow.questionnaire.QuestionnaireFiles.*;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The figures of the twelve respondents of {@link QuestionnaireFiles}, counted by hand: ages 25, 30, 35, 40, 45, 50
 * twice; satisfaction points 3 4 4 2 3 4 5 3 4 1 4 3.
 */
class DatasetSummaryTests {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final Offset<Double> EXACT = within(1e-9);
    private static final DatasetFile WENJUANXING = DatasetFile.of("问卷星.xlsx", wenjuanxingXlsx(12), LIMIT);
    private static final DatasetSummary SUMMARY = new QuestionnaireReader().summarise(WENJUANXING);

    private final QuestionnaireReader reader = new QuestionnaireReader();

    @Test
    void aNumbersSpreadIsItsMeanMedianSampleStandardDeviationMinimumAndMaximum() {
        NumberSpread age = question(SUMMARY, WJX_AGE).spread();

        assertThat(age.mean()).isCloseTo(37.5, EXACT);
        assertThat(age.median()).isCloseTo(37.5, EXACT);
        // squared deviations 156.25 + 56.25 + 6.25 + 6.25 + 56.25 + 156.25, twice: 875, over 11
        assertThat(age.standardDeviation()).isCloseTo(Math.sqrt(875.0 / 11), EXACT);
        assertThat(age.minimum()).isEqualTo(25);
        assertThat(age.maximum()).isEqualTo(50);
    }

    @Test
    void aScaleOfLabelsIsSpreadOverItsPointsNumberedFromOne() {
        NumberSpread satisfaction = question(SUMMARY, WJX_SATISFACTION).spread();

        // 1 + 2 + 3×4 + 4×5 + 5 = 40; sorted 1 2 3 3 3 3 4 4 4 4 4 5, the middle two 3 and 4
        assertThat(satisfaction.mean()).isCloseTo(40.0 / 12, EXACT);
        assertThat(satisfaction.median()).isCloseTo(3.5, EXACT);
        assertThat(satisfaction.minimum()).isEqualTo(1);
        assertThat(satisfaction.maximum()).isEqualTo(5);
    }

    @Test
    void aScalesPointsAreCountedWithTheirShareOfTheAnswers() {
        QuestionSummary satisfaction = question(SUMMARY, WJX_SATISFACTION);

        assertThat(satisfaction.options()).extracting(OptionCount::count).containsExactly(1L, 1L, 4L, 5L, 1L);
        assertThat(satisfaction.options().get(3).share()).isCloseTo(5.0 / 12, EXACT);
    }

    @Test
    void aMultipleChoicesSharesAreOfTheRespondentsWhoAnsweredAndAddUpToMoreThanOne() {
        QuestionSummary channels = question(SUMMARY, WJX_CHANNELS);

        assertThat(channels.answers()).isEqualTo(12);
        assertThat(channels.options()).extracting(OptionCount::count).containsExactly(6L, 4L, 12L);
        assertThat(channels.options()).extracting(OptionCount::share).containsExactly(0.5, 4.0 / 12, 1.0);
    }

    @Test
    void aSingleChoicesOptionsComeMostChosenFirst() {
        List<List<String>> rows = List.of(List.of("单位类型"), List.of("高校"), List.of("企业"), List.of("企业"),
                List.of("政府机关"), List.of("企业"), List.of("政府机关"));

        QuestionSummary type = question(reader.summarise(DatasetFile.of("t.csv", csv(rows, StandardCharsets.UTF_8, false),
                LIMIT)), "单位类型");

        assertThat(type.kind()).isEqualTo(QuestionKind.SINGLE_CHOICE);
        assertThat(type.options()).extracting(OptionCount::option).containsExactly("企业", "政府机关", "高校");
        assertThat(type.options()).extracting(OptionCount::count).containsExactly(3L, 2L, 1L);
    }

    @Test
    void blankCellsAreNoAnswer() {
        List<List<String>> rows = List.of(List.of("年龄", "地区"), List.of("30", "华东"), List.of("", "华东"),
                List.of("40", "华北"));

        QuestionSummary age = question(reader.summarise(DatasetFile.of("a.csv", csv(rows, StandardCharsets.UTF_8, false),
                LIMIT)), "年龄");

        assertThat(age.answers()).isEqualTo(2);
        assertThat(age.spread().mean()).isCloseTo(35.0, EXACT);
    }

    @Test
    void aCrossTableCountsEachScalePointByRegion() {
        CrossTable table = reader.crossTabulate(WENJUANXING, WJX_SATISFACTION, WJX_REGION);

        assertThat(table.columns()).containsExactly("华东", "华北", "西南", "东北");
        assertThat(table.rows()).extracting(CrossTable.Row::option).containsExactlyElementsOf(SATISFACTION_ZH);
        assertThat(table.rows()).extracting(CrossTable.Row::counts).containsExactly(
                List.of(0L, 1L, 0L, 0L), List.of(0L, 0L, 0L, 1L), List.of(2L, 0L, 0L, 2L), List.of(1L, 2L, 2L, 0L),
                List.of(0L, 0L, 1L, 0L));
    }

    @Test
    void aCrossTableOfAMultipleChoiceOverColumnsCountsEachTickedOption() {
        CrossTable table = reader.crossTabulate(DatasetFile.of("lime.csv", limeSurveyCsv(12), LIMIT), "Q3", "Q1");

        // 在线办理 (SQ001) every respondent, 3 per region; 咨询热线 (SQ003) when i % 3 == 2: i = 2 5 8 11
        assertThat(table.rows()).extracting(CrossTable.Row::option).containsExactly("SQ001", "SQ002", "SQ003");
        assertThat(table.rows().get(0).counts()).containsExactly(3L, 3L, 3L, 3L);
        assertThat(table.rows().get(2).counts()).containsExactly(1L, 1L, 1L, 1L);
    }

    @Test
    void aCrossTableByAQuestionTheDatasetLacksIsRefused() {
        assertThat(refusal(() -> reader.crossTabulate(WENJUANXING, WJX_SATISFACTION, "职业"), ENGLISH))
                .isEqualTo("the dataset has no question '职业'");
        assertThat(refusal(() -> reader.crossTabulate(WENJUANXING, WJX_SATISFACTION, "职业"), CHINESE))
                .isEqualTo("数据集中没有题目“职业”");
    }

    @Test
    void aCrossTableOfFreeTextIsRefused() {
        assertThat(refusal(() -> reader.crossTabulate(WENJUANXING, WJX_SUGGESTION, WJX_REGION), CHINESE))
                .isEqualTo("“" + WJX_SUGGESTION + "”是数值题或开放题，只有选择题和量表题可以交叉分析");
        assertThat(refusal(() -> reader.crossTabulate(WENJUANXING, WJX_AGE, WJX_REGION), ENGLISH))
                .isEqualTo("'" + WJX_AGE + "' is a number or free text; only choices and scales can be cross-tabulated");
    }
}
