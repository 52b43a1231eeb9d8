-- Questionnaire datasets of an investigation (ADR 0020): the raw file as uploaded, kept as finding attachments are
-- (bytea: one backup, commits with its summary), and its summary as read once (jsonb of DatasetSummary), so pages,
-- the report and the workbook never read the file again except for a cross table or the organizers' raw rows.
create table questionnaire_dataset (
    id           bigint generated always as identity primary key,
    survey_id    bigint        not null references survey (id) on delete cascade,
    title        varchar(200)  not null,
    file_name    varchar(255)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null check (size_bytes > 0),
    content      bytea         not null,
    summary      jsonb         not null,
    uploaded_by  varchar(64)   not null references app_user (username),
    uploaded_at  timestamptz   not null
);
create index questionnaire_dataset_by_survey on questionnaire_dataset (survey_id);

-- A summary the lead chose for the study report, optionally cross-tabulated by another question of its dataset.
create table report_table (
    id          bigint generated always as identity primary key,
    dataset_id  bigint        not null references questionnaire_dataset (id) on delete cascade,
    question    varchar(1000) not null,
    by_question varchar(1000),
    title       varchar(300)  not null,
    caption     varchar(1000) not null default '',
    chart       boolean       not null,
    position    int           not null
);
create index report_table_by_dataset on report_table (dataset_id);
