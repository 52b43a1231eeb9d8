-- Finding investigations (issue 10, point 7): the text also looks in the English topic, and a list filters by the
-- institution of any member; people are found by display name or login through V9's trigram indexes.
create index survey_topic_en_text on survey using gin (topic_en gin_trgm_ops);
create index app_user_institution on app_user (lower(institution));

-- A person's deadline calendar as an iCalendar feed (point 8): one private address each, whose secret is the
-- credential of a calendar application that cannot sign in. Only its SHA-256 hash is kept, as for personal access
-- tokens (docs/adr/0011-personal-access-tokens.md); renewing replaces the row, revoking deletes it.
create table calendar_feed (
    username    varchar(64) primary key references app_user (username),
    secret_hash bytea       not null check (octet_length(secret_hash) = 32),
    created_at  timestamptz not null
);
create unique index calendar_feed_by_hash on calendar_feed (secret_hash);
