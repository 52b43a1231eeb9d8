package org.thinktank.surveyflow.adoption.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.adoption.AdoptionAccess;
import org.thinktank.surveyflow.adoption.AdoptionRecords;
import org.thinktank.surveyflow.adoption.AdoptionStep;
import org.thinktank.surveyflow.adoption.InstructionLevel;
import org.thinktank.surveyflow.adoption.StepFile;
import org.thinktank.surveyflow.findings.Upload;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.AdoptionFollowUp;

/**
 * An investigation's adoption page: its recommendations with their steps, a form per recommendation to record the
 * next step (with a scan for an instruction or a decline), the open follow-up request answered "no change", and the
 * latest step taken back by organizers.
 */
@PageController
class AdoptionWebController {

    private final AdoptionRecords records;
    private final AdoptionAccess access;
    private final AdoptionFollowUp followUp;
    private final ProblemMessages problems;

    AdoptionWebController(AdoptionRecords records, AdoptionAccess access, AdoptionFollowUp followUp,
                          ProblemMessages problems) {
        this.records = records;
        this.access = access;
        this.followUp = followUp;
        this.problems = problems;
    }

    @GetMapping("/surveys/{surveyId}/adoption")
    String page(Actor actor, @PathVariable long surveyId, Model model) {
        return show(actor, surveyId, model, null, FormErrors.none());
    }

    @PostMapping("/surveys/{surveyId}/adoption/{recommendationId}/steps")
    String record(Actor actor, @PathVariable long surveyId, @PathVariable long recommendationId,
                  @ModelAttribute StepFields fields, @RequestParam(name = "attachment", required = false) MultipartFile file,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            records.record(surveyId, recommendationId, actor, fields.form(), upload(file));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(actor, surveyId, model, recommendationId,
                    new FormErrors(Map.of(), problems.describe(e.problems(), locale)));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(actor, surveyId, model, recommendationId,
                    new FormErrors(Map.of(), List.of(problems.text(e.reason(), locale))));
        }
        redirect.addFlashAttribute("recorded", true);
        return "redirect:/surveys/" + surveyId + "/adoption#recommendation-" + recommendationId;
    }

    @Irreversible("confirm.deleteAdoptionStep")
    @PostMapping("/surveys/{surveyId}/adoption/{recommendationId}/steps/latest/delete")
    String deleteLatest(Actor actor, @PathVariable long surveyId, @PathVariable long recommendationId,
                        RedirectAttributes redirect) {
        records.deleteLatest(surveyId, recommendationId, actor);
        redirect.addFlashAttribute("stepDeleted", true);
        return "redirect:/surveys/" + surveyId + "/adoption#recommendation-" + recommendationId;
    }

    @PostMapping("/surveys/{surveyId}/adoption/no-change")
    String noChange(Actor actor, @PathVariable long surveyId, RedirectAttributes redirect) {
        followUp.confirmNoChange(surveyId, actor);
        redirect.addFlashAttribute("noChange", true);
        return "redirect:/surveys/" + surveyId + "/adoption";
    }

    @GetMapping("/surveys/{surveyId}/adoption/{recommendationId}/steps/{stepId}/attachment")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long surveyId, @PathVariable long recommendationId,
                                      @PathVariable long stepId) {
        StepFile file = records.attachment(surveyId, recommendationId, stepId, actor);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private String show(Actor actor, long surveyId, Model model, Long failedRecommendation, FormErrors errors) {
        Survey survey = access.readable(surveyId, actor);
        model.addAttribute("survey", survey);
        model.addAttribute("recommendations", records.of(surveyId, actor));
        model.addAttribute("canWrite", access.canWrite(survey, actor));
        model.addAttribute("canCorrect", actor.is(Role.ORGANIZER));
        model.addAttribute("followUp", followUp.openRequestUnchecked(surveyId).orElse(null));
        model.addAttribute("kinds", AdoptionStep.Kind.values());
        model.addAttribute("levels", InstructionLevel.values());
        model.addAttribute("failedRecommendation", failedRecommendation);
        model.addAttribute(FormErrors.ATTRIBUTE, errors);
        return "adoption";
    }

    private static Optional<Upload> upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Upload(file.getOriginalFilename(), file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
