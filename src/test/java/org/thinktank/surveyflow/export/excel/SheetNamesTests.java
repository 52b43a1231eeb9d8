package org.thinktank.surveyflow.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetNamesTests {

    @Test
    void charactersExcelRefusesBecomeUnderscores() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            assertThat(SheetNames.unique(workbook, "A1 [问卷]: 第1/2轮?*\\")).isEqualTo("A1 _问卷__ 第1_2轮___");
        }
    }

    @Test
    void aLongNameIsCutTo31CharactersNeverInsideACharacter() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            assertThat(SheetNames.unique(workbook, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十𠀀𠀀"))
                    .isEqualTo("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十");
            assertThat(SheetNames.unique(workbook, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一𠀀"))
                    .hasSize(31);
            assertThat(SheetNames.unique(workbook, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十𠀀"))
                    .isEqualTo("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十");
        }
    }

    @Test
    void aNameTakenInAnyCaseGetsANumber() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Survey data");
            assertThat(SheetNames.unique(workbook, "SURVEY DATA")).isEqualTo("SURVEY DATA (2)");
            workbook.createSheet("SURVEY DATA (2)");
            assertThat(SheetNames.unique(workbook, "survey data")).isEqualTo("survey data (3)");
        }
    }

    @Test
    void apostrophesAtEitherEndAndTheReservedHistoryAreAvoided() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            assertThat(SheetNames.unique(workbook, "'quoted'")).isEqualTo("quoted");
            assertThat(SheetNames.unique(workbook, "History")).isEqualTo("History (2)");
            assertThat(SheetNames.unique(workbook, " ")).isEqualTo("_");
        }
    }
}
