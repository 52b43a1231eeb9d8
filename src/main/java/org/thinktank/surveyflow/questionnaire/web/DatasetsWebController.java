package org.thinktank.surveyflow.questionnaire.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.questionnaire.Dataset;
import org.thinktank.surveyflow.questionnaire.DatasetDownloads;
import org.thinktank.surveyflow.questionnaire.DatasetUpload;
import org.thinktank.surveyflow.questionnaire.QuestionnaireDatasets;
import org.thinktank.surveyflow.questionnaire.ReportTableChoices;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;

/** An investigation's questionnaire datasets: the list, upload, download and deletion, and the report's tables. */
@PageController
class DatasetsWebController {

    private final DatasetPages pages;
    private final QuestionnaireDatasets datasets;
    private final ReportTableChoices tables;

    DatasetsWebController(DatasetPages pages, QuestionnaireDatasets datasets, ReportTableChoices tables) {
        this.pages = pages;
        this.datasets = datasets;
        this.tables = tables;
    }

    @GetMapping("/surveys/{surveyId}/datasets")
    String page(Actor actor, @PathVariable long surveyId, Model model) {
        return pages.list(actor, surveyId, model);
    }

    @PostMapping("/surveys/{surveyId}/datasets")
    String upload(Actor actor, @PathVariable long surveyId, @RequestParam(required = false) String title,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult binding = new BeanPropertyBindingResult(new Object(), "dataset");
        try {
            DatasetUpload upload = file == null ? new DatasetUpload(title, null, 0, null)
                    : new DatasetUpload(title, file.getOriginalFilename(), file.getSize(), file);
            Dataset stored = datasets.upload(surveyId, actor, upload);
            redirect.addFlashAttribute("uploaded", stored.title());
            return "redirect:/surveys/" + surveyId + "/datasets/" + stored.id();
        } catch (InvalidRequestException refused) {
            DatasetPages.addTo(binding, refused);
            model.addAttribute("datasetTitle", title);
            return pages.again(actor, surveyId, null, model, binding, response);
        }
    }

    @GetMapping("/surveys/{surveyId}/datasets/{datasetId}/file")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId) {
        return DatasetDownloads.of(datasets.download(surveyId, datasetId, actor));
    }

    @Irreversible("confirm.deleteDataset")
    @PostMapping("/surveys/{surveyId}/datasets/{datasetId}/delete")
    String delete(Actor actor, @PathVariable long surveyId, @PathVariable long datasetId,
                  RedirectAttributes redirect) {
        datasets.delete(surveyId, datasetId, actor);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/surveys/" + surveyId + "/datasets";
    }

    /** Takes a table out of the report; choosing it again puts it back, so no confirmation. */
    @PostMapping("/surveys/{surveyId}/report-tables/{tableId}/delete")
    String removeTable(Actor actor, @PathVariable long surveyId, @PathVariable long tableId,
                       RedirectAttributes redirect) {
        tables.remove(surveyId, tableId, actor);
        redirect.addFlashAttribute("tableRemoved", true);
        return "redirect:/surveys/" + surveyId + "/datasets";
    }
}
