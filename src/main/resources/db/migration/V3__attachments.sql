-- Files attached to a finding (questionnaires, photos, tables). Stored in PostgreSQL as bytea: one backup covers
-- them, they commit or roll back with the finding, and the size limit (10 MB by default) keeps rows small enough.
create table finding_attachment (
    id           bigint generated always as identity primary key,
    finding_id   bigint        not null references finding (id) on delete cascade,
    file_name    varchar(255)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null check (size_bytes > 0),
    content      bytea         not null,
    uploaded_by  varchar(64)   not null references app_user (username),
    uploaded_at  timestamptz   not null
);
create index finding_attachment_by_finding on finding_attachment (finding_id);
