package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void chineseAndEnglishTextStaysAsItIs() {
        assertThat(FileNames.of("AM21-1 数字经济发展现状与路径调研 Digital economy v2", "docx"))
                .isEqualTo("AM21-1 数字经济发展现状与路径调研 Digital economy v2.docx");
    }

    @Test
    void pathSeparatorsAndLeadingDotsCannotEscapeAFolder() {
        assertThat(FileNames.of("../../etc/passwd", "docx")).isEqualTo("_.._etc_passwd.docx");
        assertThat(FileNames.of("..\\win.ini", "zip")).isEqualTo("_win.ini.zip");
    }

    @Test
    void reservedCharactersBecomeUnderscores() {
        assertThat(FileNames.of("a:b*c?d\"e<f>g|h", "xlsx")).isEqualTo("a_b_c_d_e_f_g_h.xlsx");
    }

    @Test
    void invisibleCharactersSuchAsTheRightToLeftOverrideAreDropped() {
        assertThat(FileNames.of("\u202Egnp.exe", "docx")).isEqualTo("gnp.exe.docx");
        assertThat(FileNames.of("line\nbreak\ttab", "docx")).isEqualTo("line break tab.docx");
    }

    @Test
    void longNamesAreCutAtEightyCharactersWithoutSplittingASurrogatePair() {
        String name = FileNames.of("𠀀".repeat(100), "docx");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(80 + ".docx".length());
        assertThat(name).startsWith("𠀀").endsWith("𠀀.docx");
    }

    @Test
    void nothingLeftBecomesExport() {
        assertThat(FileNames.of(" ..  ", "zip")).isEqualTo("export.zip");
        assertThat(FileNames.of(null, "zip")).isEqualTo("export.zip");
    }

    @Test
    void aReportIsNamedByItsInvestigationCodeVersionAndTopic() {
        assertThat(FileNames.report("AM21-1", 2, "数字经济发展现状与路径调研", "docx"))
                .isEqualTo("AM21-1 v2 数字经济发展现状与路径调研.docx");
    }

    @Test
    void versionsAndInvestigationsWithTheSameLongTopicStillGetNamesOfTheirOwn() {
        String topic = "黑龙江省数字经济发展现状与路径调研".repeat(6);

        assertThat(List.of(FileNames.report("AM21-1", 1, topic, "docx"), FileNames.report("AM21-1", 2, topic, "docx"),
                FileNames.report("AM21-12", 1, topic, "docx"), FileNames.report("AM21-1", 12, topic, "docx")))
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(80 + 5));
    }

    @Test
    void aLongChineseTopicIsCutBetweenCharactersToFillTheLimit() {
        String topic = "黑龙江省数字经济发展现状与路径调研".repeat(5);

        assertThat(FileNames.report("AM21-1", 2, topic, "docx"))
                .isEqualTo("AM21-1 v2 " + topic.substring(0, 70) + ".docx");
    }

    @Test
    void aLongEnglishTopicIsCutBetweenWords() {
        String topic = "Digital economy in Heilongjiang: current state and paths forward for small and medium"
                + " enterprises in the northeast";

        assertThat(FileNames.report("AM21-1", 2, topic, "docx"))
                .isEqualTo("AM21-1 v2 Digital economy in Heilongjiang_ current state and paths forward for.docx");
    }

    @Test
    void anEnglishWordAfterChineseIsNotCutInTheMiddle() {
        assertThat(FileNames.report("AM21-1", 2, "调".repeat(60) + " Digital economy", "docx"))
                .isEqualTo("AM21-1 v2 " + "调".repeat(60) + " Digital.docx");
    }

    @Test
    void aCutLeavesNoDanglingCommaOrSpace() {
        assertThat(FileNames.report("AM21-1", 2, "调".repeat(69) + "，数字经济", "docx"))
                .isEqualTo("AM21-1 v2 " + "调".repeat(69) + ".docx");
    }

    @Test
    void anEmojiIsKeptWholeOrLeftOut() {
        assertThat(FileNames.report("AM21-1", 2, "调".repeat(69) + "🌾调研", "docx"))
                .isEqualTo("AM21-1 v2 " + "调".repeat(69) + "🌾.docx");
        assertThat(FileNames.report("AM21-1", 2, "调".repeat(69) + "🌾🌾", "docx"))
                .isEqualTo("AM21-1 v2 " + "调".repeat(69) + "🌾.docx");
    }

    @Test
    void aLetterIsNeverSeparatedFromItsCombiningAccent() {
        assertThat(FileNames.report("AM21-1", 2, "调".repeat(69) + "e\u0301调", "docx"))
                .isEqualTo("AM21-1 v2 " + "调".repeat(69) + ".docx");
    }

    @Test
    void aWordLongerThanTheRoomIsCutBetweenCharactersNeverBeforeItsCombiningAccent() {
        String name = FileNames.report("AM21-12", 2, "e\u0301".repeat(50), "docx");

        assertThat(name).isEqualTo("AM21-12 v2 " + "e\u0301".repeat(34) + ".docx");
    }

    @Test
    void theCodeAndVersionAreNeverCutAndNothingButThemIsLeftWithoutATopic() {
        assertThat(FileNames.report("AM21-1", 3, " \u200B ", "pdf")).isEqualTo("AM21-1 v3.pdf");
        assertThat(FileNames.report("AM21-1", 3, null, "pdf")).isEqualTo("AM21-1 v3.pdf");
    }

    @Test
    void aLongMeetingNameIsCutBetweenWordsToo() {
        assertThat(FileNames.of("AM21 Annual meeting of the northeast science and technology think tank alliance 2026",
                "xlsx")).isEqualTo("AM21 Annual meeting of the northeast science and technology think tank alliance.xlsx");
    }
}
