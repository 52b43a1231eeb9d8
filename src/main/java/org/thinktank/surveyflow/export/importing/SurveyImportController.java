package org.thinktank.surveyflow.export.importing;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thinktank.surveyflow.export.Downloads;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;

@RestController
class SurveyImportController {

    private final SurveyImport surveyImport;

    SurveyImportController(SurveyImport surveyImport) {
        this.surveyImport = surveyImport;
    }

    /** The empty sheet to fill in, with the columns the import reads. */
    @GetMapping("/api/surveys/import/template.xlsx")
    ResponseEntity<StreamingResponseBody> template(Actor actor) {
        actor.require(Role.ORGANIZER, "may import investigations");
        return Downloads.attachment(ImportTemplate.FILE_NAME, Downloads.XLSX, ImportTemplate::write);
    }

    /** Launches every investigation of the uploaded .xlsx (multipart field {@code file}), or none. */
    @PostMapping(path = "/api/surveys/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<Survey> launchAll(Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
        actor.require(Role.ORGANIZER, "may import investigations");
        return surveyImport.launchAll(file.getOriginalFilename(), file.getBytes(), actor);
    }
}
