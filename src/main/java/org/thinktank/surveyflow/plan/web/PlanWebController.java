package org.thinktank.surveyflow.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.findings.Upload;
import org.thinktank.surveyflow.plan.PlanBook;
import org.thinktank.surveyflow.plan.PlanContent;
import org.thinktank.surveyflow.plan.PlanDecision;
import org.thinktank.surveyflow.plan.PlanDecisionForm;
import org.thinktank.surveyflow.plan.PlanReader;
import org.thinktank.surveyflow.plan.PlanStatus;
import org.thinktank.surveyflow.plan.PlanUnderDecision;
import org.thinktank.surveyflow.plan.PlanVersion;
import org.thinktank.surveyflow.plan.QuestionnaireFile;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputProblems;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * The survey plan's pages: the lead writes the plan with its questionnaire draft and submits it; an organizer reads
 * it, with what changed since the version sent back, and approves it or sends it back with comments.
 */
@PageController
class PlanWebController {

    private final SurveyAccess access;
    private final PlanBook book;
    private final PlanReader reader;
    private final SurveyTasks surveyTasks;
    private final Validator validator;

    PlanWebController(SurveyAccess access, PlanBook book, PlanReader reader, SurveyTasks surveyTasks,
                      Validator validator) {
        this.access = access;
        this.book = book;
        this.reader = reader;
        this.surveyTasks = surveyTasks;
        this.validator = validator;
    }

    @GetMapping("/surveys/{surveyId}/plan/edit")
    String edit(Actor actor, @PathVariable long surveyId, Model model) {
        Survey survey = access.ledBy(surveyId, actor);
        if (survey.stage() != SurveyStage.PLANNING) {
            return "redirect:/surveys/" + surveyId;
        }
        PlanContent content = reader.latest(surveyId, actor).map(PlanVersion::content).orElse(PlanContent.empty());
        return show(model, survey, actor, PlanPageForm.of(content));
    }

    @PostMapping("/surveys/{surveyId}/plan/edit")
    String save(Actor actor, @PathVariable long surveyId, @ModelAttribute("form") PlanPageForm form,
                BindingResult binding, @RequestParam(name = "questionnaire", required = false) MultipartFile file,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<InputProblem> problems = new ArrayList<>();
        PlanContent content = form.content(problems);
        validator.validate(content).forEach(violation -> problems.add(InputProblems.of(violation)));
        boolean withFile = file != null && !file.isEmpty();
        if (withFile) {
            problems.addAll(book.checkQuestionnaire(file.getOriginalFilename(), file.getSize()));
        }
        try {
            if (problems.isEmpty()) {
                book.saveDraft(surveyId, actor, content);
                if (withFile) {
                    book.attachQuestionnaire(surveyId, actor, new Upload(file.getOriginalFilename(), bytes(file)));
                }
                redirect.addFlashAttribute("saved", true);
                return "redirect:/surveys/" + surveyId + "/plan/edit";
            }
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        return refused(problems, binding, response, model, access.ledBy(surveyId, actor), actor, form);
    }

    @Irreversible("confirm.submitPlan")
    @PostMapping("/surveys/{surveyId}/plan/submit")
    String submit(Actor actor, @PathVariable long surveyId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            surveyTasks.submitPlan(surveyId, actor);
        } catch (InvalidRequestException e) {
            Survey survey = access.ledBy(surveyId, actor);
            PlanContent content = reader.current(surveyId, actor).content();
            PlanPageForm form = PlanPageForm.of(content);
            return refused(e.problems(), new BeanPropertyBindingResult(form, "form"),
                    response, model, survey, actor, form);
        }
        redirect.addFlashAttribute("done", "plan");
        return "redirect:/surveys/" + surveyId;
    }

    @GetMapping("/surveys/{surveyId}/plan/approval")
    String approval(Actor actor, @PathVariable long surveyId, Model model) {
        return showDecision(model, surveyId, actor, new PlanDecisionForm(null, null));
    }

    @Irreversible("confirm.decidePlan")
    @PostMapping("/surveys/{surveyId}/plan/approval")
    String decide(Actor actor, @PathVariable long surveyId, @Valid @ModelAttribute("form") PlanDecisionForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                surveyTasks.decidePlan(surveyId, actor, form);
                redirect.addFlashAttribute("done", "planDecision");
                return "redirect:/surveys/" + surveyId;
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
        return showDecision(model, surveyId, actor, form);
    }

    @GetMapping("/surveys/{surveyId}/plan/versions/{number}/questionnaire")
    ResponseEntity<byte[]> questionnaire(Actor actor, @PathVariable long surveyId, @PathVariable int number) {
        QuestionnaireFile file = reader.questionnaire(surveyId, number, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.questionnaire().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.questionnaire().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private String refused(List<InputProblem> problems, BindingResult binding, HttpServletResponse response,
                           Model model, Survey survey, Actor actor, PlanPageForm form) {
        problems.forEach(problem -> binding.addError(InputProblems.globalError(binding.getObjectName(), problem)));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
        return show(model, survey, actor, form);
    }

    private String show(Model model, Survey survey, Actor actor, PlanPageForm form) {
        List<PlanVersion> versions = reader.versions(survey.id(), actor);
        PlanVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        model.addAttribute("survey", survey);
        model.addAttribute("actor", actor);
        model.addAttribute("form", form);
        model.addAttribute("draft", latest != null && latest.status() == PlanStatus.DRAFT ? latest : null);
        model.addAttribute("awaiting", latest != null && latest.status() == PlanStatus.SUBMITTED ? latest : null);
        model.addAttribute("sentBack", versions.stream().filter(v -> v.status() == PlanStatus.SENT_BACK)
                .reduce((first, second) -> second).orElse(null));
        return "plan-edit";
    }

    private String showDecision(Model model, long surveyId, Actor actor, PlanDecisionForm form) {
        PlanUnderDecision decision = reader.underDecision(surveyId, actor);
        model.addAttribute("survey", decision.survey());
        model.addAttribute("actor", actor);
        model.addAttribute("decision", decision);
        model.addAttribute("choices", PlanDecision.values());
        model.addAttribute("form", form);
        return "plan-approval";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
