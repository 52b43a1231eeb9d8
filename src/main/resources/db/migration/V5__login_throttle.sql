-- Failed sign-ins by the name they were tried with, known account or not, so that every node of the application
-- sees the same count and lock (security/LoginThrottle). A row is removed on a successful sign-in and once it
-- has expired (expires_at: the end of its failure window or of its lock, whichever is later).
create table login_throttle (
    username       varchar(64) primary key,
    failures       integer     not null check (failures >= 0),
    window_started timestamptz not null,
    locked_until   timestamptz,
    expires_at     timestamptz not null
);
create index login_throttle_expiry on login_throttle (expires_at);
