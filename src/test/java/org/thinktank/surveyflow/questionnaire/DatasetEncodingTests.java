package org.thinktank.surveyflow.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.CHINESE;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.ENGLISH;
import static org.thinktank.surveyflow.questionnaire.DatasetMessages.refusal;
import static org.thinktank.surveyflow.questionnaire.QuestionnaireFiles.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a .csv's bytes become text: UTF-8 with or without its byte-order mark, else GB18030; any delimiter. */
class DatasetEncodingTests {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final List<List<String>> ROWS = List.of(List.of("您所在的地区", "您的单位类型"), List.of("华东", "高等院校"),
            List.of("西南", "科研院所"));
    private final QuestionnaireReader reader = new QuestionnaireReader();

    private DatasetSummary read(byte[] csv) {
        return reader.summarise(DatasetFile.of("data.csv", csv, LIMIT));
    }

    private static List<String> optionsOf(DatasetSummary summary, int question) {
        return summary.questions().get(question).options().stream().map(OptionCount::option).toList();
    }

    @Test
    void aGb18030FileIsReadAsChinese() {
        DatasetSummary summary = read(csv(ROWS, GB18030, false));

        assertThat(summary.questions()).extracting(QuestionSummary::question).containsExactly("您所在的地区", "您的单位类型");
        assertThat(optionsOf(summary, 1)).containsExactlyInAnyOrder("高等院校", "科研院所");
    }

    @Test
    void aUtf8FileWithoutAByteOrderMarkIsReadAsUtf8() {
        assertThat(optionsOf(read(csv(ROWS, StandardCharsets.UTF_8, false)), 0)).containsExactlyInAnyOrder("华东", "西南");
    }

    @Test
    void theByteOrderMarkOfAUtf8FileIsNotPartOfTheFirstQuestionsName() {
        assertThat(read(csv(ROWS, StandardCharsets.UTF_8, true)).questions().get(0).question()).isEqualTo("您所在的地区");
    }

    @Test
    void aSemicolonSeparatedFileIsReadByItsSemicolons() {
        byte[] csv = "地区;单位\n华东;高校\n西南;企业\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(csv).questions()).extracting(QuestionSummary::question).containsExactly("地区", "单位");
    }

    @Test
    void aQuotedCellKeepsItsCommasAndLineBreaks() {
        byte[] csv = "地区,建议\n华东,\"一、简化流程，\n二、减少材料, 三\"\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(csv).questions().get(1).sampleAnswers()).containsExactly("一、简化流程，\n二、减少材料, 三");
    }

    @Test
    void bytesValidInNeitherEncodingAfterAUtf8StartAreRefusedNamingTheRow() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("地区\n".getBytes(StandardCharsets.UTF_8));
        for (int row = 0; row < 10_000; row++) {
            bytes.writeBytes("华东\n".getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("西南".getBytes(GB18030));
        bytes.write('\n');

        assertThat(refusal(() -> read(bytes.toByteArray()), ENGLISH)).isEqualTo(
                "File: row 10002: the text is neither UTF-8 nor GB18030; save the file again as CSV UTF-8");
        assertThat(refusal(() -> read(bytes.toByteArray()), CHINESE)).isEqualTo(
                "文件：第 10002 行：文本既不是 UTF-8 也不是 GB18030 编码，请另存为“CSV UTF-8”后再上传");
    }
}
