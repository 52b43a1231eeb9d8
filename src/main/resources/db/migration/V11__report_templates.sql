-- A meeting's report settings, set by organizers: the think tank that issues its study reports (names and logo, shown
-- on every report's cover) and the template the reports are written on: 'default', 'official-document' or
-- 'uploaded:<version>'. A meeting without a row has no branding and the default template.
create table meeting_report_settings (
    meeting_id         bigint       primary key references meeting (id),
    think_tank_name    varchar(200),
    think_tank_name_en varchar(200),
    logo               bytea,
    logo_format        varchar(10)  check (logo_format in ('png', 'jpeg')),
    logo_width         integer,
    logo_height        integer,
    report_template    varchar(40)  not null default 'default',
    check ((logo is null) = (logo_format is null))
);

-- The report templates organizers uploaded for a meeting, numbered 1, 2, 3... per meeting; never changed, so a
-- report written on a version can be written again on the same one.
create table report_template (
    meeting_id  bigint       not null references meeting (id),
    version     integer      not null,
    file_name   varchar(255) not null,
    content     bytea        not null,
    uploaded_by varchar(64)  not null references app_user (username),
    uploaded_at timestamptz  not null,
    primary key (meeting_id, version)
);
