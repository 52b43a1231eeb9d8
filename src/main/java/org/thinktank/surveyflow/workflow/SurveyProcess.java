package org.thinktank.surveyflow.workflow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names that {@code processes/survey-investigation.bpmn} and the Java code share: the process key and the ids
 * of the elements the code addresses here, the process variables in {@link Variables}. The model test reads every
 * constant by reflection and checks it against the model.
 */
public final class SurveyProcess {

    public static final String KEY = "survey-investigation";

    public static final String SUBMIT_PLAN = "submitPlan";
    public static final String APPROVE_PLAN = "approvePlan";
    public static final String SUBMIT_FINDINGS = "submitFindings";
    public static final String DRAFT_REPORT = "draftReport";
    public static final String REVIEW_REPORT = "reviewReport";
    public static final String APPROVE_REPORT = "approveReport";
    public static final String DECIDE_REJECTION = "decideRejection";
    public static final String TALLY_REVIEWS = "tallyReviews";
    public static final String PLAN_REVISION = "planRevision";
    /** The message boundary event that recalls a submitted version before its review started (also the message's name). */
    public static final String REPORT_RECALLED = "reportRecalled";
    /** The step after a recall that makes the version a draft again. */
    public static final String REOPEN_DRAFT = "reopenDraft";
    public static final String PUBLISHED = "published";
    public static final String CLOSED = "closed";

    /** The user tasks, in the order an investigation reaches them: the kinds of task in people's lists. */
    public static final List<String> USER_TASKS =
            List.of(SUBMIT_PLAN, APPROVE_PLAN, SUBMIT_FINDINGS, DRAFT_REPORT, REVIEW_REPORT, APPROVE_REPORT, DECIDE_REJECTION);

    private SurveyProcess() {
    }

    /** The process variables: ids, ISO dates and durations, and enum names, never serialized Java objects. */
    public static final class Variables {

        public static final String SURVEY_ID = "surveyId";
        public static final String LEAD = "lead";
        /** The day by which the plan is approved: both plan tasks are due then. */
        public static final String PLAN_DUE = "planDue";
        public static final String FINDINGS_DUE = "findingsDue";
        public static final String DRAFT_DUE = "draftDue";
        public static final String REVIEW_DUE = "reviewDue";
        public static final String APPROVAL_DUE = "approvalDue";
        /** ISO 8601 duration: how long before a due date the assignees are reminded. */
        public static final String REMINDER_LEAD = "reminderLead";
        /** ISO 8601 duration: the least time a revision round gives the lead. */
        public static final String REVISION_PERIOD = "revisionPeriod";
        /** The number of the version under review, set when the lead submits the draft. */
        public static final String REPORT_VERSION = "reportVersion";
        /** The number of the plan version the organizers decide on, set when the lead submits the plan. */
        public static final String PLAN_VERSION = "planVersion";
        /** The organizers' decision on the plan: APPROVE or SEND_BACK. */
        public static final String PLAN_DECISION = "planDecision";
        public static final String REVIEW_OUTCOME = "reviewOutcome";
        public static final String APPROVAL_DECISION = "approvalDecision";
        public static final String REJECTION_DECISION = "rejectionDecision";
        /** The element variable of each findings task: the researcher it is for. */
        public static final String RESEARCHER = "researcher";
        /** The element variable of each review task: the reviewer it is for. */
        public static final String REVIEWER = "reviewer";

        private Variables() {
        }
    }

    /** The investigation of a running execution or task, from its {@code surveyId} variable. */
    public static long surveyId(VariableScope scope) {
        return ((Number) scope.getVariable(Variables.SURVEY_ID)).longValue();
    }

    /** The report version under way, from its {@code reportVersion} variable. */
    public static int reportVersion(VariableScope scope) {
        return ((Number) scope.getVariable(Variables.REPORT_VERSION)).intValue();
    }

    /** The same as {@link #surveyId(VariableScope)}, from variables already read. */
    public static long surveyId(Map<String, ?> variables) {
        return ((Number) variables.get(Variables.SURVEY_ID)).longValue();
    }

    public static int reportVersion(Map<String, ?> variables) {
        return ((Number) variables.get(Variables.REPORT_VERSION)).intValue();
    }
}
