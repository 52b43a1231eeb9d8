package org.thinktank.surveyflow.audit.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditQuery;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.web.PeopleView;

/** The audit trail page for organizers: filter by investigation, person, kind and days; newest first, paged. */
@PageController
class AuditWebController {

    private final AuditReading reading;
    private final UserDirectory users;
    private final SurveyRegistry surveys;

    AuditWebController(AuditReading reading, UserDirectory users, SurveyRegistry surveys) {
        this.reading = reading;
        this.users = users;
        this.surveys = surveys;
    }

    @GetMapping("/audit")
    String audit(Actor actor, Model model, @RequestParam(required = false) Long surveyId,
                 @RequestParam(name = "actor", required = false) String person,
                 @RequestParam(required = false) AuditKind kind, @RequestParam(required = false) LocalDate from,
                 @RequestParam(required = false) LocalDate to, PageRequest page,
                 @RequestHeader(name = "HX-Request", required = false) String htmx) {
        AuditQuery query = new AuditQuery(surveyId, person, kind, from, to);
        model.addAttribute("events", reading.search(actor, query, page));
        List<Survey> visible = surveys.visibleTo(actor);
        Map<Long, String> keys = new LinkedHashMap<>();
        visible.forEach(survey -> keys.put(survey.id(), survey.businessKey()));
        List<AppUser> people = users.all().stream().sorted(Comparator.comparing(AppUser::username)).toList();
        Map<String, PeopleView.Named> names = new LinkedHashMap<>();
        people.forEach(user -> names.put(user.username(), new PeopleView.Named(user.displayName(),
                user.institution() == null ? "" : user.institution())));
        model.addAttribute("query", query);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("surveys", visible);
        model.addAttribute("keys", keys);
        model.addAttribute("people", people);
        model.addAttribute("names", names);
        return htmx != null ? "audit :: list" : "audit";
    }
}
