-- The organizer dashboard counts a meeting's investigations per stage and lists them a page at a time, all of them,
-- one stage's, or the overdue ones (docs/benchmarks.md, "Indexes for the inbox and dashboard").

-- The due date of the stage an investigation is in (null once it ended), kept with the row so that "overdue" is a
-- condition an index serves: stage_due < today in the think tank's time zone.
alter table survey add column stage_due date generated always as (
    case stage
        when 'FINDINGS' then findings_due
        when 'DRAFTING' then draft_due
        when 'REVIEW' then review_due
        when 'DECISION' then approval_due
        when 'APPROVAL' then approval_due
    end) stored;

-- a meeting's investigations in launch order: the dashboard's counts and list (by stage too), the inbox's meeting filter
create index survey_by_meeting on survey (meeting_id, id);
-- a meeting's overdue investigations, the longest overdue first
create index survey_by_meeting_stage_due on survey (meeting_id, stage_due, id) where stage_due is not null;
-- the investigations an organizer launched, the latest first (the home page's third tab)
create index survey_by_launcher on survey (launched_by, id);
