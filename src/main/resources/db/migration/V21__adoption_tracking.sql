-- Recommendations of approved study reports tracked to adoption (issue 12, points 2 and 3; ADR 0021).

-- Each recommendation of an investigation's approved report: an item of the recommendations section's top-level
-- list, or else one of its paragraphs, numbered from 1 in the order of the report. A report approved again keeps
-- the ids of the numbers it had, so the steps recorded against them stay.
create table recommendation (
    id             bigint generated always as identity primary key,
    survey_id      bigint        not null references survey (id),
    number         int           not null check (number > 0),
    text           varchar(20000) not null,
    version_number int           not null,
    tracked_on     date          not null,
    tracked_at     timestamptz   not null,
    unique (survey_id, number)
);

-- What happened to a recommendation, in order (position from 1). Fields a kind does not use are empty strings; the
-- scanned instruction or evidence of a decline, if any, is kept in the row as finding attachments are (V3).
create table adoption_step (
    id                bigint generated always as identity primary key,
    recommendation_id bigint         not null references recommendation (id),
    position          int            not null check (position > 0),
    kind              varchar(20)    not null check (kind in ('SENT', 'INSTRUCTION', 'ADOPTED', 'DECLINED')),
    happened_on       date           not null,
    agency            varchar(200)   not null default '',
    by_whom           varchar(200)   not null default '',
    level             varchar(20)    not null default '',
    text              varchar(20000) not null default '',
    document          varchar(300)   not null default '',
    link              varchar(2000)  not null default '',
    file_name         varchar(255),
    content_type      varchar(100),
    content           bytea,
    recorded_by       varchar(64)    not null references app_user (username),
    recorded_at       timestamptz    not null,
    unique (recommendation_id, position),
    check ((file_name is null) = (content is null) and (content is null) = (content_type is null))
);

-- A meeting's follow-up points: months after its first day at which each investigation's lead is asked for an
-- update of the adoption record. A meeting without a row uses surveyflow.follow-up.months.
create table meeting_follow_up (
    meeting_id bigint primary key references meeting (id),
    months     int[] not null check (cardinality(months) between 1 and 12)
);
