package org.thinktank.surveyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/** The organizers' meeting workbook has the meeting's audit trail as its Audit sheet. */
@IntegrationTest
class AuditWorkbookSheetIT {

    @Autowired
    Surveys surveys;
    @Autowired
    HttpFiles files;

    @Test
    void theOrganizersWorkbookHasAnAuditSheetWithEveryChangeOfTheMeetingsInvestigations() throws Exception {
        Survey survey = surveys.awaitingApproval();

        HttpFiles.Download download = files.get("organizer", "/api/meetings/" + surveys.meetingId() + "/workbook.xlsx");

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet audit = workbook.getSheet("Audit");
            assertThat(audit).isNotNull();
            DataFormatter text = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : audit) {
                if (survey.businessKey().equals(text.formatCellValue(row.getCell(1)))) {
                    rows.add(text.formatCellValue(row.getCell(3)) + " by " + text.formatCellValue(row.getCell(2)));
                }
            }
            String liWei = "Li Wei 李伟 (黑龙江数字经济研究中心 Heilongjiang Digital Economy Centre)";
            String wangFang = "Wang Fang 王芳 (黑龙江数字经济研究中心 Heilongjiang Digital Economy Centre)";
            assertThat(rows).startsWith("Investigation launched by Zhao Min 赵敏 (东北振兴研究院 Northeast Revitalization Institute)")
                    .containsSubsequence("Finding added by " + liWei, "Findings submitted by " + liWei,
                            "Finding added by " + wangFang, "Findings submitted by " + wangFang,
                            "Stage entered by System", "Draft saved by " + liWei, "Version submitted by " + liWei,
                            "Review submitted by Zhou Qiang 周强 (东北振兴研究院 Northeast Revitalization Institute)",
                            "Review submitted by Mikhail Ivanov (东北振兴研究院 Northeast Revitalization Institute)",
                            "Reviews tallied by System")
                    .endsWith("Stage entered by System");
        }
    }
}
