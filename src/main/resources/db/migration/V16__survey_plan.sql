-- The survey plan (调研方案, issue 11 point 1): before findings, the lead submits a plan that organizers approve or
-- send back, in rounds (docs/adr/0016-survey-plan-stage.md).

-- The day the plan is to be approved by. Investigations launched before the plan stage existed never plan: their
-- process runs on the model version they started with, so their launch day stands in for the date.
alter table survey add column plan_due date;
update survey set plan_due = least(findings_due, (launched_at at time zone 'Asia/Shanghai')::date);
alter table survey alter column plan_due set not null;

-- stage_due (V10) learns the new stage; its index goes with the column and comes back as it was.
alter table survey drop column stage_due;
alter table survey add column stage_due date generated always as (
    case stage
        when 'PLANNING' then plan_due
        when 'FINDINGS' then findings_due
        when 'DRAFTING' then draft_due
        when 'REVIEW' then review_due
        when 'DECISION' then approval_due
        when 'APPROVAL' then approval_due
    end) stored;
create index survey_by_meeting_stage_due on survey (meeting_id, stage_due, id) where stage_due is not null;

-- One row per version of the plan: the lead's open draft, then each submitted round with the organizers' decision.
-- The questionnaire draft is kept in the row as finding attachments are (docs/adr/0007-attachments-in-the-database.md).
create table plan_version (
    id                 bigint generated always as identity primary key,
    survey_id          bigint        not null references survey (id),
    number             int           not null check (number > 0),
    status             varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'SENT_BACK', 'APPROVED')),
    objectives         text          not null default '',
    research_questions text          not null default '',
    interviewees       text          not null default '',
    methods            text          not null default '',
    schedule           text          not null default '',
    budget_note        text          not null default '',
    questionnaire_name varchar(255),
    questionnaire_type varchar(100),
    questionnaire      bytea,
    author             varchar(64)   not null references app_user (username),
    saved_at           timestamptz   not null,
    submitted_at       timestamptz,
    decided_by         varchar(64)   references app_user (username),
    decided_at         timestamptz,
    decision_comment   text,
    unique (survey_id, number),
    check ((questionnaire is null) = (questionnaire_name is null))
);
create unique index plan_version_one_draft on plan_version (survey_id) where status = 'DRAFT';

-- The places the team will visit, in the plan's order, with the days it will be there.
create table plan_site (
    plan_version_id bigint       not null references plan_version (id) on delete cascade,
    position        int          not null,
    place           varchar(200) not null,
    starts_on       date         not null,
    ends_on         date         not null check (ends_on >= starts_on),
    primary key (plan_version_id, position)
);
