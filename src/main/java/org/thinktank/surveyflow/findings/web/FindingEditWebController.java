package org.thinktank.surveyflow.findings.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.findings.FindingAttachments;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;

/**
 * A researcher's own draft finding, until they submit their findings: edit it (and attach more files) or delete it
 * with its attachments. The findings book decides who may ({@link FindingsBook#ownDraft}).
 */
@PageController
class FindingEditWebController {

    private final FindingsPage page;
    private final FindingInput input;
    private final FindingsBook findings;
    private final FindingAttachments attachments;

    FindingEditWebController(FindingsPage page, FindingInput input, FindingsBook findings,
                             FindingAttachments attachments) {
        this.page = page;
        this.input = input;
        this.findings = findings;
        this.attachments = attachments;
    }

    @GetMapping("/surveys/{surveyId}/findings/{findingId}/edit")
    String edit(Actor actor, @PathVariable long surveyId, @PathVariable long findingId, Model model) {
        FindingForm form = FindingsPage.formOf(findings.ownDraft(surveyId, findingId, actor));
        return page.show(actor, surveyId, model, form, findingId, PageRequest.first());
    }

    @PostMapping("/surveys/{surveyId}/findings/{findingId}")
    String update(Actor actor, @PathVariable long surveyId, @PathVariable long findingId,
                  @ModelAttribute("form") FindingForm posted, BindingResult binding,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> files, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        findings.ownDraft(surveyId, findingId, actor);
        List<MultipartFile> chosen = FindingInput.chosen(files);
        FindingForm form = input.check(posted, chosen, binding);
        if (!binding.hasErrors()) {
            try {
                attachments.editWithFiles(surveyId, findingId, actor, form, FindingInput.uploads(chosen));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/surveys/" + surveyId + "/findings";
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            }
        }
        input.filesNotKept(chosen, binding, locale);
        return page.again(actor, surveyId, model, form, findingId, binding, HttpServletResponse.SC_BAD_REQUEST,
                response);
    }

    @Irreversible("confirm.deleteFinding")
    @PostMapping("/surveys/{surveyId}/findings/{findingId}/delete")
    String delete(Actor actor, @PathVariable long surveyId, @PathVariable long findingId,
                  RedirectAttributes redirect) {
        findings.delete(surveyId, findingId, actor);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/surveys/" + surveyId + "/findings";
    }
}
