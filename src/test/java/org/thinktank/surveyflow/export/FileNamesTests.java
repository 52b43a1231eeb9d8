package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;

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
}
