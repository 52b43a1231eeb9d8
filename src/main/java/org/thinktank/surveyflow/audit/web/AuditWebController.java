package org.thinktank.surveyflow.audit.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditPage;
import org.thinktank.surveyflow.audit.AuditQuery;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.web.PageController;

/** The audit trail page for organizers: filter by investigation, person, kind and days; newest first, paged. */
@PageController
class AuditWebController {

    static final String PATH = "/audit";

    private final AuditReading reading;
    private final UserDirectory users;
    private final SurveyRegistry surveys;

    AuditWebController(AuditReading reading, UserDirectory users, SurveyRegistry surveys) {
        this.reading = reading;
        this.users = users;
        this.surveys = surveys;
    }

    @GetMapping(PATH)
    String audit(Actor actor, Model model, @RequestParam(required = false) Long surveyId,
                 @RequestParam(name = "actor", required = false) String person,
                 @RequestParam(required = false) AuditKind kind, @RequestParam(required = false) LocalDate from,
                 @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page) {
        AuditQuery query = new AuditQuery(surveyId, person, kind, from, to, page, AuditQuery.DEFAULT_SIZE);
        AuditPage events = reading.search(actor, query);
        List<Survey> visible = surveys.visibleTo(actor);
        Map<Long, String> keys = new LinkedHashMap<>();
        visible.forEach(survey -> keys.put(survey.id(), survey.businessKey()));
        List<AppUser> people = users.all().stream().sorted(Comparator.comparing(AppUser::username)).toList();
        Map<String, String> names = new LinkedHashMap<>();
        people.forEach(user -> names.put(user.username(), user.displayName()));
        model.addAttribute("query", query);
        model.addAttribute("events", events);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("surveys", visible);
        model.addAttribute("keys", keys);
        model.addAttribute("people", people);
        model.addAttribute("names", names);
        if (events.hasPrevious()) {
            model.addAttribute("previousPage", link(query, page - 1));
        }
        if (events.hasNext()) {
            model.addAttribute("nextPage", link(query, page + 1));
        }
        return "audit";
    }

    /** This page with the same filters, at another page. */
    private static String link(AuditQuery query, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("surveyId", query.surveyId());
        filters.put("actor", query.actor());
        filters.put("kind", query.kind());
        filters.put("from", query.from());
        filters.put("to", query.to());
        filters.forEach((name, value) -> {
            if (value != null) {
                link.queryParam(name, value);
            }
        });
        return link.queryParam("page", page).encode().build().toUriString();
    }
}
