package org.thinktank.surveyflow.export.word;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.thinktank.surveyflow.export.SampleExports;
import org.thinktank.surveyflow.export.SampleSurveyData;

class RenderSamplesScratchTests {

    @Test
    void render() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/samples"));
        AdoptionReportWriter adoption = new AdoptionReportWriter(ReportTemplate.bundled(), SampleExports.messages(),
                Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("adoption-" + locale.getLanguage() + ".docx"))) {
                adoption.write(SampleSurveyData.adoption(), locale, out);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("report-" + locale.getLanguage() + ".docx"))) {
                SampleExports.reportWriter().write(SampleExports.approvedReport().in(locale)
                        .withSurveyTables(SampleSurveyData.reportTables()), out);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("workbook-" + locale.getLanguage() + ".xlsx"))) {
                new org.thinktank.surveyflow.export.excel.MeetingWorkbookWriter().write(SampleExports.workbook(List.of(), true, locale)
                        .withDatasets(List.of(SampleSurveyData.dataset("AM21-1", "企业问卷", true)))
                        .withAdoption(SampleSurveyData.adoption()), out);
            }
        }
    }
}
