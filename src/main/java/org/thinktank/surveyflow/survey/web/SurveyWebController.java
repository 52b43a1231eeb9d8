package org.thinktank.surveyflow.survey.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thinktank.surveyflow.findings.FindingAttachments;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.plan.PlanReader;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.programme.ProgrammeReader;
import org.thinktank.surveyflow.questionnaire.QuestionnaireDatasets;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.SurveyDetails;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.web.PageController;
import org.thinktank.surveyflow.workflow.ProcessMaps;
import org.thinktank.surveyflow.workflow.TaskNudges;
import org.thinktank.surveyflow.workflow.TaskTimeline;

/**
 * The investigation page: stage, team, deadlines, diagram, every process step with who held it and when, the survey
 * plan, findings, report versions, reviews, where and when the report is presented, and the history of events.
 */
@PageController
class SurveyWebController {

    private final SurveyRegistry surveys;
    private final FindingsBook findings;
    private final FindingAttachments attachments;
    private final ReportArchive reports;
    private final ReviewDesk reviews;
    private final TaskTimeline steps;
    private final WorkCalendar calendar;
    private final ProcessMaps maps;
    private final TaskNudges nudges;
    private final ProgrammeReader programme;
    private final PlanReader plans;
    private final QuestionnaireDatasets datasets;

    SurveyWebController(SurveyRegistry surveys, FindingsBook findings, FindingAttachments attachments,
                        ReportArchive reports, ReviewDesk reviews, TaskTimeline steps, WorkCalendar calendar,
                        ProcessMaps maps, TaskNudges nudges, ProgrammeReader programme, PlanReader plans,
                        QuestionnaireDatasets datasets) {
        this.datasets = datasets;
        this.programme = programme;
        this.plans = plans;
        this.maps = maps;
        this.nudges = nudges;
        this.attachments = attachments;
        this.steps = steps;
        this.calendar = calendar;
        this.surveys = surveys;
        this.findings = findings;
        this.reports = reports;
        this.reviews = reviews;
    }

    @GetMapping("/surveys/{surveyId}")
    String page(Actor actor, @PathVariable long surveyId, Model model, Locale locale) {
        SurveyDetails details = surveys.details(surveyId, actor);
        model.addAttribute("survey", details.survey());
        model.addAttribute("meeting", details.meeting());
        model.addAttribute("history", details.history());
        // organizers only: the history shows these entries to nobody else
        model.addAttribute("conflictOverrides", details.history().stream()
                .filter(event -> event.kind() == SurveyEventKind.CONFLICT_OVERRIDDEN).toList());
        model.addAttribute("map", maps.of(surveyId, actor, locale));
        boolean organizer = actor.is(Role.ORGANIZER);
        Set<String> nudgedToday = organizer ? nudges.nudgedToday(surveyId) : Set.of();
        model.addAttribute("steps", steps.of(details.survey().businessKey()).stream()
                .map(step -> StepRow.of(step, calendar.now(), organizer, nudgedToday)).toList());
        model.addAttribute("stageDue", details.survey().dueDates().ofStage(details.survey().stage()));
        model.addAttribute("plan", plans.latest(surveyId, actor).orElse(null));
        model.addAttribute("findings", findings.visibleIn(surveyId, actor));
        model.addAttribute("attachments", attachments.visibleIn(surveyId, actor));
        model.addAttribute("datasets", datasets.shelfFor(details.survey(), actor));
        model.addAttribute("versions", reports.visibleIn(surveyId, actor));
        model.addAttribute("reviews", reviews.visibleIn(surveyId, actor));
        model.addAttribute("presentation", programme.slotOf(surveyId, actor).orElse(null));
        model.addAttribute("actor", actor);
        return "survey";
    }
}
