package org.thinktank.surveyflow.export.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.export.HttpFiles;
import org.thinktank.surveyflow.support.Api;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.time.WorkCalendar;

/** An import is in the audit trail once, with the investigations it launched, each of which is there too. */
@IntegrationTest
class SurveyImportAuditIT {

    @Autowired
    HttpFiles files;
    @Autowired
    Api api;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    ObjectMapper json;

    @Test
    void anImportIsRecordedWithTheFileAndTheInvestigationsItLaunched() throws Exception {
        LocalDate today = calendar.today();
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(ImportFiles.HEADER));
        sheet.add(new ArrayList<>(ImportFiles.row("审计导入调研 Audited import", "li.wei", "wang.fang", "zhou.qiang", today)));

        HttpFiles.Download response = files.upload("organizer", "/api/surveys/import", "审计计划.xlsx",
                ImportFiles.xlsx(sheet));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode launched = json.readTree(response.text()).get(0);
        JsonNode imported = api.as("organizer").get("/api/audit?kind=SURVEYS_IMPORTED").body().path("items").get(0);
        assertThat(imported.path("actor").asText()).isEqualTo("organizer");
        assertThat(imported.path("subject").asText()).isEqualTo("审计计划.xlsx");
        assertThat(imported.path("after").path("surveys")).extracting(JsonNode::asText)
                .containsExactly(launched.path("businessKey").asText());
        assertThat(api.as("organizer").get("/api/audit?kind=SURVEY_LAUNCHED&surveyId=" + launched.path("id").asLong())
                .body().path("total").asLong()).isEqualTo(1);
    }
}
