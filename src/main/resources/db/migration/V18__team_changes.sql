-- A reviewer declining an assignment, with their reason: the open review task waits for the reviewer an organizer
-- assigns next (ADR 0018).
create table review_decline (
    id             bigint generated always as identity primary key,
    survey_id      bigint        not null references survey (id),
    reviewer       varchar(64)   not null references app_user (username),
    version_number int           not null,
    reason         varchar(1000) not null,
    declined_at    timestamptz   not null
);
create index review_decline_by_survey on review_decline (survey_id, declined_at);

-- The notices of team changes. Enum names only: NotificationKind is the list of kinds, so a migration adding a kind
-- need not repeat every other one.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind ~ '^[A-Z][A-Z_]{0,19}$');
