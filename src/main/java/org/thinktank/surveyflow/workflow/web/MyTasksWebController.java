package org.thinktank.surveyflow.workflow.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.TaskInbox;
import org.thinktank.surveyflow.workflow.TaskSummary;

/** The home page: my tasks to do, the ones I did, and (organizers) the investigations I launched. */
@PageController
class MyTasksWebController {

    private final TaskInbox inbox;
    private final SurveyRegistry surveys;

    MyTasksWebController(TaskInbox inbox, SurveyRegistry surveys) {
        this.inbox = inbox;
        this.surveys = surveys;
    }

    @GetMapping("/")
    String myTasks(Actor actor, Model model, @RequestParam(defaultValue = "todo") TaskTab tab,
                   @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean overdue,
                   @RequestHeader(name = "HX-Request", required = false) String htmx) {
        TaskFilter filter = new TaskFilter(q, overdue);
        List<TaskSummary> toDo = inbox.toDo(actor);
        model.addAttribute("tab", tab);
        model.addAttribute("filter", filter);
        model.addAttribute("toDoCount", toDo.size());
        model.addAttribute("overdueCount", toDo.stream().filter(TaskSummary::overdue).count());
        model.addAttribute("organizer", actor.is(Role.ORGANIZER));
        switch (tab) {
            case TODO -> model.addAttribute("tasks", filter.apply(toDo));
            case DONE -> model.addAttribute("tasks", filter.apply(inbox.done(actor)));
            case LAUNCHED -> model.addAttribute("launched", launchedBy(actor, filter));
        }
        return htmx != null ? "tasks :: panel" : "tasks";
    }

    private List<Survey> launchedBy(Actor actor, TaskFilter filter) {
        return surveys.visibleTo(actor).stream()
                .filter(survey -> actor.username().equals(survey.launchedBy()))
                .filter(survey -> filter.matches(survey.businessKey(), survey.topic()))
                .toList();
    }
}
