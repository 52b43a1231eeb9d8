package org.thinktank.surveyflow.workflow.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.programme.ProgrammeReader;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.OpenTaskCount;
import org.thinktank.surveyflow.workflow.TaskInbox;

/**
 * The home page: where and when my team's reports are presented, my tasks to do, the ones I did, and (organizers)
 * the investigations I launched, a page at a time
 * ({@code page} from 0, {@code size} up to 200), filtered.
 */
@PageController
class MyTasksWebController {

    private final TaskInbox inbox;
    private final SurveyRegistry surveys;
    private final MessageSource messages;
    private final ProgrammeReader programme;

    MyTasksWebController(TaskInbox inbox, SurveyRegistry surveys, MessageSource messages, ProgrammeReader programme) {
        this.programme = programme;
        this.inbox = inbox;
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping("/")
    String myTasks(Actor actor, Model model, Locale locale,
                   @RequestParam(defaultValue = "todo") TaskTab tab, @RequestParam(defaultValue = "") String q,
                   @RequestParam(defaultValue = "false") boolean overdue,
                   @RequestParam(required = false) Long surveyId, PageRequest pageRequest,
                   @RequestHeader(name = "HX-Request", required = false) String htmx) {
        TaskFilter filter = new TaskFilter(q, overdue, surveyId);
        OpenTaskCount count = inbox.openCount(actor);
        model.addAttribute("tab", tab);
        model.addAttribute("filter", filter);
        model.addAttribute("toDoCount", count.open());
        model.addAttribute("overdueCount", count.overdue());
        model.addAttribute("organizer", actor.is(Role.ORGANIZER));
        Page<?> shown = switch (tab) {
            case TODO -> inbox.toDo(actor, filter.criteria(messages, locale), pageRequest);
            case DONE -> inbox.done(actor, filter.criteria(messages, locale), pageRequest);
            case LAUNCHED -> surveys.launchedBy(actor, filter.investigations(), pageRequest);
        };
        model.addAttribute(tab == TaskTab.LAUNCHED ? "launched" : "tasks", shown);
        model.addAttribute("shown", shown);
        if (htmx != null) {
            return "tasks :: panel";
        }
        model.addAttribute("presentations", programme.ofTeamMember(actor));
        return "tasks";
    }
}
