-- The programme of report presentations (issue 11, point 4): a meeting's sessions (forums, 分论坛) and, for each
-- approved report, the session, presenter and slot it is presented in. A report is presented once, so the survey
-- is the key. A session with presentations cannot be deleted: they are moved or removed first (ADR 0019).
create table meeting_session (
    id         bigint generated always as identity primary key,
    meeting_id bigint       not null references meeting (id),
    name       varchar(200) not null,
    name_en    varchar(200) not null,
    held_on    date         not null,
    starts_at  time         not null,
    ends_at    time         not null,
    room       varchar(100) not null,
    check (starts_at < ends_at)
);
create index meeting_session_by_meeting on meeting_session (meeting_id, held_on, starts_at);

create table presentation (
    survey_id    bigint      primary key references survey (id),
    session_id   bigint      not null references meeting_session (id),
    presenter    varchar(64) not null references app_user (username),
    starts_at    time        not null,
    minutes      int         not null check (minutes between 1 and 600),
    scheduled_by varchar(64) not null references app_user (username),
    scheduled_at timestamptz not null
);
create index presentation_by_session on presentation (session_id, starts_at);
create index presentation_by_presenter on presentation (presenter);

-- the team is told when its report is scheduled or moved; those kinds' names are longer than 20 characters
alter table notification alter column kind type varchar(40);
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind ~ '^[A-Z][A-Z_]{0,39}$');
