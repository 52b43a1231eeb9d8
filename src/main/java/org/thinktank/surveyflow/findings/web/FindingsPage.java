package org.thinktank.surveyflow.findings.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.thinktank.surveyflow.findings.AttachmentPolicy;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingAttachments;
import org.thinktank.surveyflow.findings.FindingFilter;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.web.FormErrors;

/**
 * The findings page as both of its controllers show it: the list, a page at a time, and the form, either for a new
 * finding or for one of the reader's drafts ({@code editing}, its id).
 */
@Component
class FindingsPage {

    static final String VIEW = "findings";

    private final SurveyAccess access;
    private final FindingsBook findings;
    private final FindingAttachments attachments;
    private final AttachmentPolicy policy;

    FindingsPage(SurveyAccess access, FindingsBook findings, FindingAttachments attachments, AttachmentPolicy policy) {
        this.access = access;
        this.findings = findings;
        this.attachments = attachments;
        this.policy = policy;
    }

    static FindingForm emptyForm() {
        return new FindingForm(null, null, null, null, null, null, null, null);
    }

    static FindingForm formOf(Finding finding) {
        return new FindingForm(finding.title(), finding.method(), finding.place(), finding.observedOn(),
                finding.evidence(), finding.recommendation(), finding.sources(), finding.figures());
    }

    String show(Actor actor, long surveyId, Model model, FindingForm form, Long editing, PageRequest page) {
        model.addAttribute("survey", access.ofTeam(surveyId, actor));
        model.addAttribute("actor", actor);
        Page<Finding> shown = findings.visibleIn(surveyId, actor, FindingFilter.none(), page);
        model.addAttribute("findings", shown);
        model.addAttribute("attachments", attachments.of(shown.items()));
        model.addAttribute("methods", FieldMethod.values());
        model.addAttribute("allowedTypes", String.join(", ", AttachmentPolicy.EXTENSIONS));
        model.addAttribute("maxSizeMb", policy.maxSize().toMegabytes());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("figureRows", FigureRows.of(form));
        return VIEW;
    }

    /** The page again with the form as posted and its errors, answered with the given status. */
    String again(Actor actor, long surveyId, Model model, FindingForm form, Long editing, BindingResult binding,
                 int status, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(binding));
        return show(actor, surveyId, model, form, editing, PageRequest.first());
    }

    /** The page with why submitting was refused at its top, answered with the given status. */
    String submitRefused(Actor actor, long surveyId, Model model, List<String> messages, int status,
                         HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("submitRefusal", messages);
        return show(actor, surveyId, model, emptyForm(), null, PageRequest.first());
    }
}
