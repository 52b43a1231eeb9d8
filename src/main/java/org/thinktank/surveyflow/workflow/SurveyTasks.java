package org.thinktank.surveyflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.plan.PlanDecisionForm;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.review.ReviewForm;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.workflow.task.TaskCompletion;
import org.thinktank.surveyflow.workflow.task.TaskTransactions;

/**
 * The typed door into an investigation's process: each method is one thing a person does, and completes their
 * open task of that kind in one transaction with its domain work. Pages and REST controllers call these; only
 * this package knows the process's task keys. A transaction that meets a concurrent change of the same process is
 * run again ({@link TaskTransactions}), so two people finishing their parts at the same instant are both answered.
 */
@Service
public class SurveyTasks {

    private final TaskCompletion completion;
    private final ReportRecall recall;
    private final SurveyAccess access;
    private final TaskTransactions transactions;

    SurveyTasks(TaskCompletion completion, ReportRecall recall, SurveyAccess access, TaskTransactions transactions) {
        this.completion = completion;
        this.recall = recall;
        this.access = access;
        this.transactions = transactions;
    }

    /** The lead submits the survey plan's draft as the next version for the organizers to decide on. */
    public void submitPlan(long surveyId, Actor actor) {
        transactions.run(() -> completion.completeMine(surveyId, SurveyProcess.SUBMIT_PLAN, actor));
    }

    /** An organizer approves the submitted plan, which opens the findings, or sends it back with comments. */
    public void decidePlan(long surveyId, Actor actor, PlanDecisionForm decision) {
        transactions.run(() -> completion.completeMine(surveyId, SurveyProcess.APPROVE_PLAN, actor, decision));
    }

    /** A researcher hands in their findings: completes their findings task. */
    public void submitFindings(long surveyId, Actor actor) {
        transactions.run(() -> completion.completeMine(surveyId, SurveyProcess.SUBMIT_FINDINGS, actor));
    }

    /** The lead submits the draft, which freezes it as the next numbered version for review. */
    public void submitReport(long surveyId, Actor actor) {
        transactions.run(() -> completion.completeMine(surveyId, SurveyProcess.DRAFT_REPORT, actor));
    }

    /** The lead takes back the version in review until the first review of it arrives; returns its number. */
    public int recallReport(long surveyId, Actor actor) {
        return transactions.run(() -> recall.recall(surveyId, actor));
    }

    /** A reviewer reviews the version under review. */
    public void review(long surveyId, Actor actor, ReviewForm review) {
        transactions.run(() -> completion.completeMine(surveyId, SurveyProcess.REVIEW_REPORT, actor, review));
    }

    /** An organizer approves, or sends back, a report every reviewer accepted. */
    public void approve(long surveyId, Actor actor, DecisionForm decision) {
        transactions.run(() -> completion.completeMine(surveyId, SurveyProcess.APPROVE_REPORT, actor, decision));
    }

    /** An organizer closes the investigation of a rejected report, or sends the report back. */
    public void decideRejection(long surveyId, Actor actor, DecisionForm decision) {
        transactions.run(() -> completion.completeMine(surveyId, SurveyProcess.DECIDE_REJECTION, actor, decision));
    }

    /** An organizer takes whichever decision the investigation awaits. */
    public void decide(long surveyId, Actor actor, DecisionForm decision) {
        transactions.run(() -> {
            String task = awaitedDecision(surveyId, actor) == DecisionKind.APPROVAL
                    ? SurveyProcess.APPROVE_REPORT : SurveyProcess.DECIDE_REJECTION;
            completion.completeMine(surveyId, task, actor, decision);
        });
    }

    /** Completes any task by id with its fields as JSON, for API clients that work from their task list. */
    public void complete(String taskId, Actor actor, JsonNode fields) {
        transactions.run(() -> completion.complete(taskId, actor, fields));
    }

    /**
     * The decision an investigation awaits from the organizers. Refuses whoever is not an organizer, and an
     * investigation that awaits no decision.
     */
    @Transactional(readOnly = true)
    public DecisionKind awaitedDecision(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        actor.require(Role.ORGANIZER, "decide on investigations");
        return switch (survey.stage()) {
            case APPROVAL -> DecisionKind.APPROVAL;
            case DECISION -> DecisionKind.REJECTION;
            default -> throw new ConflictException(Reason.of("refusal.noDecisionAwaited",
                    survey.businessKey(), survey.stage()));
        };
    }

    /**
     * The investigation whose report the caller is to review now. Refuses whoever is not one of its reviewers,
     * and an investigation whose report is not in review.
     */
    @Transactional(readOnly = true)
    public Survey awaitingReviewFrom(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        if (!survey.hasReviewer(actor.username())) {
            throw new ForbiddenException(Reason.of("refusal.reviewersOnly", survey.businessKey()));
        }
        if (survey.stage() != SurveyStage.REVIEW) {
            throw new ConflictException(Reason.of("refusal.notInReview", survey.businessKey(), survey.stage()));
        }
        return survey;
    }
}
