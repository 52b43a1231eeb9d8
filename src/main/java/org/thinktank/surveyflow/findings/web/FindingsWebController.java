package org.thinktank.surveyflow.findings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
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
import org.thinktank.surveyflow.findings.AttachmentPolicy;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingAttachments;
import org.thinktank.surveyflow.findings.FindingFilter;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.findings.Upload;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * A researcher's findings on an investigation, newest first, a page at a time: add one with attachments, then submit
 * them all.
 */
@PageController
class FindingsWebController {

    private final SurveyAccess access;
    private final FindingsBook findings;
    private final FindingAttachments attachments;
    private final SurveyTasks surveyTasks;
    private final AttachmentPolicy policy;
    private final Validator validator;

    FindingsWebController(SurveyAccess access, FindingsBook findings, FindingAttachments attachments,
                          SurveyTasks surveyTasks, AttachmentPolicy policy, Validator validator) {
        this.policy = policy;
        this.validator = validator;
        this.access = access;
        this.findings = findings;
        this.attachments = attachments;
        this.surveyTasks = surveyTasks;
    }

    @GetMapping("/surveys/{surveyId}/findings")
    String page(Actor actor, @PathVariable long surveyId, Model model, PageRequest page,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        String view = show(actor, surveyId, model, new FindingForm(null, null, null, null, null, null, null, null), page);
        return htmx != null ? view + " :: list" : view;
    }

    @PostMapping("/surveys/{surveyId}/findings")
    String add(Actor actor, @PathVariable long surveyId, @ModelAttribute("form") FindingForm posted,
               BindingResult binding, @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FindingForm form = FigureRows.withoutBlankRows(posted);
        validator.validate(form).forEach(violation -> binding.addError(InputProblems.fieldError("form", violation)));
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> !file.isEmpty() || !file.getOriginalFilename().isBlank()).toList();
        chosen.forEach(file -> attachments.check(file.getOriginalFilename(), file.getSize())
                .forEach(error -> binding.reject("attachment", error)));
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
            return show(actor, surveyId, model, form, PageRequest.first());
        }
        try {
            attachments.addWithFiles(surveyId, actor, form, chosen.stream().map(FindingsWebController::upload).toList());
        } catch (InvalidRequestException e) {
            e.problems().forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
            return show(actor, surveyId, model, form, PageRequest.first());
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/surveys/" + surveyId + "/findings";
    }

    @PostMapping("/surveys/{surveyId}/findings/submit")
    String submit(Actor actor, @PathVariable long surveyId, RedirectAttributes redirect) {
        surveyTasks.submitFindings(surveyId, actor);
        redirect.addFlashAttribute("done", "findings");
        return "redirect:/";
    }

    @GetMapping("/surveys/{surveyId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long surveyId, @PathVariable long attachmentId) {
        AttachmentFile file = attachments.download(surveyId, attachmentId, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private String show(Actor actor, long surveyId, Model model, FindingForm form, PageRequest page) {
        model.addAttribute("survey", access.ofTeam(surveyId, actor));
        model.addAttribute("actor", actor);
        Page<Finding> shown = findings.visibleIn(surveyId, actor, FindingFilter.none(), page);
        model.addAttribute("findings", shown);
        model.addAttribute("attachments", attachments.of(shown.items()));
        model.addAttribute("methods", FieldMethod.values());
        model.addAttribute("allowedTypes", String.join(", ", AttachmentPolicy.EXTENSIONS));
        model.addAttribute("maxSizeMb", policy.maxSize().toMegabytes());
        model.addAttribute("form", form);
        model.addAttribute("figureRows", FigureRows.of(form));
        return "findings";
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
