package org.thinktank.surveyflow.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.DatabaseSnapshot;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * An imported investigation whose reviewer shares an institution with its lead or team is refused like a launch,
 * with its row and column, and the whole file with it, unless its row gives a reason in the optional
 * conflictOverride column: then it is launched and the override is in the audit trail, as for a launch.
 */
@IntegrationTest
class ImportConflictOfInterestIT {

    @Autowired
    HttpFiles files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    ObjectMapper json;
    @Autowired
    Api api;

    /** A sheet whose second investigation has a reviewer from the institution of its lead and researcher. */
    private byte[] conflictedSheet() throws Exception {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(ImportFiles.HEADER.stream().map(header -> (Object) header).toList());
        sheet.add(ImportFiles.row("数字经济 Digital economy", "li.wei", "wang.fang", "zhou.qiang", calendar.today()));
        sheet.add(ImportFiles.row("人才引进 Talent", "sun.hui", "anna.k", "zhou.qiang, wu.jing", calendar.today()));
        return ImportFiles.xlsx(sheet);
    }

    @Test
    void aRowWhoseReviewerSharesTheTeamsInstitutionRejectsTheFileNamingRowReviewerAndInstitution() throws Exception {
        byte[] sheet = conflictedSheet();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        HttpFiles.Download response = files.upload("organizer", "/api/surveys/import", "plan.xlsx", sheet);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(json.readTree(response.text()).path("detail").asText()).contains("row 3, column F (reviewers): "
                + "Wu Jing 吴静 is from 国际人才政策研究所 International Talent Policy Institute, as is Sun Hui 孙慧 (lead), Anna Kowalska");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theConflictIsExplainedInChineseToAnOrganizerReadingChinese() throws Exception {
        byte[] sheet = conflictedSheet();
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        HttpFiles.Download response = files.upload("organizer", "/api/surveys/import", "plan.xlsx", sheet,
                Locale.SIMPLIFIED_CHINESE);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(json.readTree(response.text()).path("detail").asText()).contains("第 3 行 F 列（reviewers）："
                + "Wu Jing 吴静与Sun Hui 孙慧（课题负责人）、Anna Kowalska同属国际人才政策研究所 International Talent Policy Institute；"
                + "评审专家不能与课题负责人或课题组成员来自同一机构").doesNotContain("is from", "lead");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aRowWithAConflictOverrideReasonIsLaunchedAndTheOverrideIsAudited() throws Exception {
        List<List<Object>> sheet = new ArrayList<>();
        List<Object> header = new ArrayList<>(ImportFiles.HEADER);
        header.add("conflictOverride");
        sheet.add(header);
        List<Object> row = new ArrayList<>(ImportFiles.row("人才引进 Talent", "sun.hui", "anna.k", "wu.jing",
                calendar.today()));
        row.add("唯一懂该地区人才政策的评审人 The only reviewer who knows the region's talent policy");
        sheet.add(row);

        HttpFiles.Download response = files.upload("organizer", "/api/surveys/import", "plan.xlsx",
                ImportFiles.xlsx(sheet));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long surveyId = json.readTree(response.text()).get(0).path("id").asLong();
        JsonNode overrides = api.as("organizer").get("/api/audit?kind=CONFLICT_OVERRIDDEN&surveyId=" + surveyId).body();
        assertThat(overrides.path("total").asLong()).isEqualTo(1);
        assertThat(overrides.path("items").get(0).toString()).contains("唯一懂该地区人才政策的评审人");
    }

    @Test
    void anOverrideReasonOverTheLimitRejectsTheFileNamingItsRowAndColumn() throws Exception {
        List<List<Object>> sheet = new ArrayList<>();
        List<Object> header = new ArrayList<>(ImportFiles.HEADER);
        header.add("conflictOverride");
        sheet.add(header);
        List<Object> row = new ArrayList<>(ImportFiles.row("人才引进 Talent", "sun.hui", "anna.k", "wu.jing",
                calendar.today()));
        row.add("理".repeat(1001));
        sheet.add(row);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);

        HttpFiles.Download response = files.upload("organizer", "/api/surveys/import", "plan.xlsx",
                ImportFiles.xlsx(sheet));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(json.readTree(response.text()).path("detail").asText())
                .contains("row 2, column K (conflictOverride)");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }
}
