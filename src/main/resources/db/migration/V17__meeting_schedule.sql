-- A meeting's schedule template (issue 11, point 2): each step's due date in days before the meeting's first day,
-- set by organizers; a meeting without a row uses the configured defaults (surveyflow.deadlines.schedule.*).
create table meeting_schedule (
    meeting_id      bigint primary key references meeting (id),
    plan_offset     int not null,
    findings_offset int not null,
    draft_offset    int not null,
    review_offset   int not null,
    approval_offset int not null,
    check (plan_offset < findings_offset and findings_offset < draft_offset and draft_offset < review_offset
        and review_offset < approval_offset and approval_offset <= 0)
);

-- The notice telling an investigation's people that its open deadlines moved with the meeting.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('ASSIGNMENT', 'REMINDER',
    'ESCALATION', 'NUDGE', 'REPORT_APPROVED', 'REPORT_SENT_BACK', 'REPORT_PUBLISHED', 'SURVEY_CLOSED',
    'DEADLINES_SHIFTED'));
