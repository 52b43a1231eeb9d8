-- Every list of the API and the pages is read a page at a time (docs/adr/0010-one-way-to-page-a-list.md): these
-- indexes serve each list's order and filters, so that a page and its count read only the rows they need. What
-- PostgreSQL does with them on a loaded database: docs/benchmarks.md, "Indexes for lists".

-- Trigram indexes find a piece of text anywhere in a column, in any case (ilike '%…%'). pg_trgm is a trusted
-- extension, part of PostgreSQL's contrib modules, which the embedded binaries and the postgres image include.
create extension if not exists pg_trgm;

-- Investigations, newest launch first: all of them (organizers), of a meeting, in a stage; researchers' and reviewers'
-- lists start from their places in survey_member.
create index survey_newest on survey (launched_at desc, id desc);
create index survey_of_meeting_newest on survey (meeting_id, launched_at desc, id desc);
create index survey_in_stage_newest on survey (stage, launched_at desc, id desc);
create index survey_topic_text on survey using gin (topic gin_trgm_ops);
create index survey_region_text on survey using gin (region gin_trgm_ops);
drop index survey_member_by_user;
create index survey_member_by_user on survey_member (username, role, survey_id);

-- Notifications are read or not; a person's, newest first, all or only the unread.
alter table notification add column read_at timestamptz;
drop index notification_by_recipient;
create index notification_of_recipient_newest on notification (recipient, created_at desc, id desc);
create index notification_unread_of_recipient_newest on notification (recipient, created_at desc, id desc)
    where read_at is null;

-- Accounts by user name (the primary key), of a role, or holding a piece of text in the name or the display name.
create index app_user_of_role on app_user (role, username);
create index app_user_username_text on app_user using gin (username gin_trgm_ops);
create index app_user_display_name_text on app_user using gin (display_name gin_trgm_ops);

-- The findings of an investigation, newest first: all, by an author, or in a status.
drop index finding_by_survey;
create index finding_of_survey_newest on finding (survey_id, created_at desc, id desc);
create index finding_of_author_newest on finding (survey_id, author, created_at desc, id desc);
create index finding_in_status_newest on finding (survey_id, status, created_at desc, id desc);
