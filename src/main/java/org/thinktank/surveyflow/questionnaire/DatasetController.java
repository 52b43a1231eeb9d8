package org.thinktank.surveyflow.questionnaire;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.security.Actor;

@RestController
@RequestMapping("/api/surveys/{surveyId}")
class DatasetController {

    private final QuestionnaireDatasets datasets;
    private final ReportTableChoices tables;
    private final DatasetFigures figures;

    DatasetController(QuestionnaireDatasets datasets, ReportTableChoices tables, DatasetFigures figures) {
        this.datasets = datasets;
        this.tables = tables;
        this.figures = figures;
    }

    /** Uploads a dataset (multipart field {@code file}, optional {@code title}); 201 with it as stored. */
    @PostMapping(path = "/datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Dataset upload(Actor actor, @PathVariable long surveyId, @RequestParam("file") MultipartFile file,
                   @RequestParam(required = false) String title) {
        return datasets.upload(surveyId, actor,
                new DatasetUpload(title, file.getOriginalFilename(), file.getSize(), file));
    }

    @GetMapping("/datasets")
    List<Dataset> list(Actor actor, @PathVariable long surveyId) {
        return datasets.list(surveyId, actor);
    }

    @GetMapping("/datasets/{datasetId}")
    DatasetView view(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId) {
        return datasets.view(surveyId, datasetId, actor);
    }

    /** A question counted by the options of another ({@code by}). */
    @GetMapping("/datasets/{datasetId}/cross")
    CrossTable cross(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId,
                     @RequestParam(required = false) String question, @RequestParam(required = false) String by) {
        return datasets.cross(surveyId, datasetId, question, by, actor);
    }

    @GetMapping("/datasets/{datasetId}/file")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId) {
        return DatasetDownloads.of(datasets.download(surveyId, datasetId, actor));
    }

    @DeleteMapping("/datasets/{datasetId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId) {
        datasets.delete(surveyId, datasetId, actor);
    }

    /** Puts a question's summary into the study report. */
    @PostMapping("/datasets/{datasetId}/tables")
    @ResponseStatus(HttpStatus.CREATED)
    ChosenTable choose(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId,
                       @Valid @RequestBody TableChoice choice) {
        return tables.choose(surveyId, datasetId, actor, choice);
    }

    @GetMapping("/report-tables")
    List<ChosenTable> tables(Actor actor, @PathVariable long surveyId) {
        return tables.list(surveyId, actor);
    }

    @DeleteMapping("/report-tables/{tableId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable long surveyId, @PathVariable long tableId) {
        tables.remove(surveyId, tableId, actor);
    }

    /** Adds a question's summary to the figures of one of the caller's draft findings; the finding as it is now. */
    @PostMapping("/datasets/{datasetId}/figures")
    Finding addFigures(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId,
                       @Valid @RequestBody FigureChoice choice, Locale locale) {
        return figures.addToFinding(surveyId, datasetId, actor, choice, locale);
    }
}
