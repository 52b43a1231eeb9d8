-- Background exports of a meeting's workbook or package: the request, its state, and the file once written.
create table export_job (
    id           uuid         primary key,
    kind         varchar(20)  not null check (kind in ('WORKBOOK', 'PACKAGE')),
    meeting_id   bigint       not null references meeting (id),
    requested_by varchar(64)  not null references app_user (username),
    status       varchar(20)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    file_name    varchar(300) not null,
    bytes        bigint,
    error        varchar(2000),
    created_at   timestamptz  not null,
    finished_at  timestamptz
);
create index export_job_by_requester on export_job (requested_by, created_at);
