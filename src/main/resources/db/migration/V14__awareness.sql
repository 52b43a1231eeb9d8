-- A notice is told once a day: the same recipient, investigation and occasion (a task and report version, a
-- decision on a version) on the same day in the think tank's time zone is stored once; notices without an
-- occasion are never merged.
alter table notification add column occasion varchar(120);
alter table notification add column notice_day date;
-- the arguments a notice was written from (nudges, team notices), so each reader reads it in their own language
alter table notification add column arguments text[];
create unique index notification_once_a_day on notification (recipient, survey_id, occasion, notice_day)
    where occasion is not null;
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('ASSIGNMENT', 'REMINDER',
    'ESCALATION', 'NUDGE', 'REPORT_APPROVED', 'REPORT_SENT_BACK', 'REPORT_PUBLISHED', 'SURVEY_CLOSED'));

-- An organizer's nudge (催办) of an overdue task's holder: at most one per task and day.
create table task_nudge (
    task_id    varchar(64)  not null,
    nudged_on  date         not null,
    survey_id  bigint       not null references survey (id),
    task_key   varchar(64)  not null,
    holder     varchar(64)  not null references app_user (username),
    organizer  varchar(64)  not null references app_user (username),
    nudged_at  timestamptz  not null,
    primary key (task_id, nudged_on)
);
create index task_nudge_of_survey on task_nudge (survey_id, nudged_on);

-- The language a person last chose on the pages, in which their notices and mails are written.
create table preferred_language (
    username  varchar(64) primary key references app_user (username),
    language  varchar(10) not null check (language in ('zh-CN', 'en'))
);
