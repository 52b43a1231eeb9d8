-- User names and meeting codes are the same whatever their case: 'Li.Wei' is 'li.wei', 'am21' is 'AM21'. These
-- indexes refuse a second spelling of a taken name, and serve the lookups that compare names ignoring case. If this
-- migration fails, two rows differ only in case: rename one (and what refers to it) before starting again.
create unique index app_user_username_lower on app_user (lower(username));
create unique index meeting_code_lower on meeting (lower(code));
