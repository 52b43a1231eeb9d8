package org.thinktank.surveyflow.benchmark;

import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/** The lifecycle through the application's services, as the controllers call them, without HTTP. */
final class InProcessLifecycle implements Lifecycle {

    private final Population population;
    private final SurveyRegistry registry;
    private final FindingsBook findings;
    private final ReportArchive reports;
    private final SurveyTasks tasks;
    private final Latencies latencies;

    InProcessLifecycle(BenchmarkApp app, Population population, Latencies latencies) {
        this.population = population;
        this.registry = app.bean(SurveyRegistry.class);
        this.findings = app.bean(FindingsBook.class);
        this.reports = app.bean(ReportArchive.class);
        this.tasks = app.bean(SurveyTasks.class);
        this.latencies = latencies;
    }

    @Override
    public void run(Cast cast, int number) {
        long id = latencies.time("launch", () -> registry.launch(population.launch("进程内调研 In-process " + number,
                cast.lead(), cast.team(), cast.reviewers()), Population.actor(cast.organizer()))).id();
        latencies.time("plan", () -> population.planApproved(registry.requireUnchecked(id), cast.organizer()));
        for (String researcher : cast.researchers()) {
            latencies.time("add finding", () -> findings.add(id, Population.actor(researcher),
                    Population.finding("发现 Finding " + number)));
            latencies.time("submit findings", () -> tasks.submitFindings(id, Population.actor(researcher)));
        }
        Lifecycle.await("drafting", () -> registry.requireUnchecked(id).stage() == SurveyStage.DRAFTING);
        latencies.time("save draft", () -> reports.saveDraft(id, Population.actor(cast.lead()), Population.sections()));
        latencies.time("submit report", () -> tasks.submitReport(id, Population.actor(cast.lead())));
        for (String reviewer : cast.reviewers()) {
            latencies.time("review", () -> tasks.review(id, Population.actor(reviewer), Population.review()));
        }
        latencies.time("approve", () -> tasks.approve(id, Population.actor(cast.organizer()),
                new DecisionForm(DecisionOutcome.APPROVE, null)));
        if (registry.requireUnchecked(id).stage() != SurveyStage.PUBLISHED) {
            throw new IllegalStateException("Investigation " + id + " was not published");
        }
    }
}
