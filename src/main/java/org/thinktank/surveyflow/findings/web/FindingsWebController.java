package org.thinktank.surveyflow.findings.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.findings.AttachmentFile;
import org.thinktank.surveyflow.findings.FindingAttachments;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingStatus;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * A researcher's findings on an investigation, newest first, a page at a time: add one with attachments, then submit
 * them all.
 */
@PageController
class FindingsWebController {

    private final FindingsPage page;
    private final FindingInput input;
    private final FindingsBook findings;
    private final FindingAttachments attachments;
    private final SurveyTasks surveyTasks;
    private final MessageSource messages;

    FindingsWebController(FindingsPage page, FindingInput input, FindingsBook findings,
                          FindingAttachments attachments, SurveyTasks surveyTasks, MessageSource messages) {
        this.page = page;
        this.input = input;
        this.findings = findings;
        this.attachments = attachments;
        this.surveyTasks = surveyTasks;
        this.messages = messages;
    }

    @GetMapping("/surveys/{surveyId}/findings")
    String page(Actor actor, @PathVariable long surveyId, Model model, PageRequest pageRequest,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        String view = page.show(actor, surveyId, model, FindingsPage.emptyForm(), null, pageRequest);
        return htmx != null ? view + " :: list" : view;
    }

    @PostMapping("/surveys/{surveyId}/findings")
    String add(Actor actor, @PathVariable long surveyId, @ModelAttribute("form") FindingForm posted,
               BindingResult binding, @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
               Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        List<MultipartFile> chosen = FindingInput.chosen(files);
        FindingForm form = input.check(posted, chosen, binding);
        if (!binding.hasErrors()) {
            try {
                attachments.addWithFiles(surveyId, actor, form, FindingInput.uploads(chosen));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/surveys/" + surveyId + "/findings";
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            }
        }
        input.filesNotKept(chosen, binding, locale);
        return page.again(actor, surveyId, model, form, null, binding, HttpServletResponse.SC_BAD_REQUEST, response);
    }

    @Irreversible("confirm.submitFindings")
    @PostMapping("/surveys/{surveyId}/findings/submit")
    String submit(Actor actor, @PathVariable long surveyId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect, Locale locale) {
        boolean hasDrafts = findings.visibleIn(surveyId, actor).stream().anyMatch(finding ->
                finding.status() == FindingStatus.DRAFT && finding.author().equals(actor.username()));
        if (!hasDrafts) {
            return page.submitRefused(actor, surveyId, model,
                    List.of(messages.getMessage("findings.nothingToSubmit", null, locale)),
                    HttpServletResponse.SC_CONFLICT, response);
        }
        try {
            surveyTasks.submitFindings(surveyId, actor);
        } catch (ConflictException e) {
            return page.submitRefused(actor, surveyId, model, List.of(e.getMessage()), HttpServletResponse.SC_CONFLICT,
                    response);
        }
        redirect.addFlashAttribute("done", "findings");
        return "redirect:/";
    }

    @GetMapping("/surveys/{surveyId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long surveyId, @PathVariable long attachmentId) {
        AttachmentFile file = attachments.download(surveyId, attachmentId, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
