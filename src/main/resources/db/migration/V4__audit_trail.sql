-- The audit trail: one row per state change, written in the transaction of the change, never changed afterwards.
-- Who (a username, or 'system' for what the process does on its own), what (kind, subject, the values before and
-- after as JSON), when, and from which client address. No foreign keys: the trail records ids as facts and must
-- outlive whatever it mentions.
create table audit_event (
    id             bigserial    primary key,
    at             timestamptz  not null default now(),
    actor          varchar(64)  not null,
    kind           varchar(40)  not null,
    survey_id      bigint,
    -- only for events about a meeting as a whole (a meeting added, its export requested)
    meeting_id     bigint,
    subject        text,
    before_value   jsonb,
    after_value    jsonb,
    client_address varchar(64)
);
create index audit_event_by_survey on audit_event (survey_id, id);
create index audit_event_by_meeting on audit_event (meeting_id, id) where meeting_id is not null;
create index audit_event_by_actor on audit_event (actor, id);
create index audit_event_by_kind on audit_event (kind, id);
create index audit_event_by_time on audit_event (at);

-- Append-only, enforced by the database itself: any UPDATE, DELETE or TRUNCATE of the table is refused, whoever
-- sends it. Statement triggers, so even a statement that would touch no row is refused.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function audit_event_refuse_change();
