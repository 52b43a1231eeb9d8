package org.thinktank.surveyflow.security.token.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.token.CreatedToken;
import org.thinktank.surveyflow.security.token.NewToken;
import org.thinktank.surveyflow.security.token.PersonalAccessTokens;
import org.thinktank.surveyflow.security.token.TokenExpiryException;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.web.DateDisplay;
import org.thinktank.surveyflow.web.FormErrors;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;

/**
 * My personal access tokens: the list, a form to create one, whose secret the answer shows once (it is rendered in
 * the answer to the post, never kept for a redirect), and revoking.
 */
@PageController
class TokensWebController {

    private final PersonalAccessTokens tokens;
    private final WorkCalendar calendar;
    private final Validator validator;
    private final MessageSource messages;
    private final DateDisplay dates;

    TokensWebController(PersonalAccessTokens tokens, WorkCalendar calendar, Validator validator,
                        MessageSource messages, DateDisplay dates) {
        this.tokens = tokens;
        this.calendar = calendar;
        this.validator = validator;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping("/tokens")
    String page(Actor actor, Model model) {
        return show(actor, model, emptyForm(), null);
    }

    @PostMapping("/tokens")
    String create(Actor actor, @ModelAttribute("form") TokenForm form, BindingResult binding, Model model,
                  HttpServletResponse response, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (binding.hasFieldErrors("expiresOn")) {
            errors.put("expiresOn", List.of(messages.getMessage("tokens.error.expiryDate", null, locale)));
        }
        NewToken request = new NewToken(form.name(),
                form.expiresOn() == null ? null : calendar.endOf(form.expiresOn()));
        if (!validator.validateProperty(request, "name").isEmpty()) {
            errors.put("name", List.of(messages.getMessage("tokens.error.name", null, locale)));
        }
        if (errors.isEmpty()) {
            try {
                return show(actor, model, emptyForm(), tokens.create(actor, request));
            } catch (TokenExpiryException e) {
                errors.put("expiresOn", List.of(expiryMessage(e.problem(), locale)));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(FormErrors.ATTRIBUTE, new FormErrors(errors, List.of()));
        return show(actor, model, form, null);
    }

    @Irreversible("confirm.revokeToken")
    @PostMapping("/tokens/{tokenId}/revoke")
    String revoke(Actor actor, @PathVariable long tokenId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", tokens.revoke(actor, tokenId).name());
        return "redirect:/tokens";
    }

    private String show(Actor actor, Model model, TokenForm form, CreatedToken created) {
        model.addAttribute("tokens", tokens.own(actor));
        model.addAttribute("now", calendar.now());
        model.addAttribute("form", form);
        model.addAttribute("created", created);
        model.addAttribute("today", calendar.today());
        model.addAttribute("lastDay", lastDay());
        return "tokens";
    }

    /** A new form, its expiry the last day of the default lifetime. */
    private TokenForm emptyForm() {
        return new TokenForm(null, calendar.dateOf(tokens.defaultExpiry()));
    }

    private String expiryMessage(TokenExpiryException.Problem problem, Locale locale) {
        return messages.getMessage("tokens.error.expiry." + problem.name(), new Object[] {dates.day(lastDay())},
                locale);
    }

    /** The last day whose end is within the longest lifetime, for the date field. */
    private LocalDate lastDay() {
        return calendar.dateOf(tokens.latestExpiry()).minusDays(1);
    }
}
